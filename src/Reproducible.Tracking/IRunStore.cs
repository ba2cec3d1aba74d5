namespace Reproducible.Tracking;

/// <summary>
/// A run store. Not thread-safe: a store holds one connection; open one per thread or process.
/// Every method throws a <see cref="Reproducible.Core.Diagnostics.ReproException"/> with a REPRO code when the
/// store cannot do what was asked.
/// </summary>
public interface IRunStore : IDisposable
{
    SqlDialect Dialect { get; }

    /// <summary>Where the store is, for messages: a file path, or the server and database (never a password).</summary>
    string Description { get; }

    long EnsureExperiment(string name);

    string StartRun(
        string experiment,
        string name,
        string? fingerprint,
        string source,
        string? parentRunId,
        IReadOnlyDictionary<string, string> tags,
        IReadOnlyDictionary<string, string> parameters);

    void LogMetrics(string runId, IEnumerable<MetricPoint> points);

    void LogArtifacts(string runId, IEnumerable<RunArtifact> artifacts);

    void SetTags(string runId, IReadOnlyDictionary<string, string> tags);

    void EndRun(string runId, string status, long endTime, string? error = null);

    /// <summary>Records a whole run in one transaction; false, and nothing written, when a run with its id is already there.</summary>
    bool RecordRun(RunRecord run);

    bool Contains(string runId);

    RunDetails GetRun(string runId, bool withHistory = false);

    IReadOnlyList<MetricPoint> MetricHistory(string runId, string key);

    IReadOnlyList<ExperimentInfo> ListExperiments();

    /// <summary>The latest runs first.</summary>
    IReadOnlyList<RunInfo> ListRuns(string? experiment = null, int max = 100);

    IReadOnlyList<RunInfo> Search(SqlQuery query, int max = 100);
}
