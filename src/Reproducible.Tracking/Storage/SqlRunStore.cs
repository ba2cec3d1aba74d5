using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

/// <summary>The one implementation of <see cref="IRunStore"/>: both dialects take the same SQL.</summary>
sealed class SqlRunStore(Database database) : IRunStore
{
    public SqlDialect Dialect => database.Dialect;

    public string Description => database.Description;

    public long EnsureExperiment(string name) =>
        database.Write(transaction => RunWriter.EnsureExperiment(database, transaction, name));

    public string StartRun(string experiment, string name, string? fingerprint, string source, string? parentRunId, IReadOnlyDictionary<string, string> tags, IReadOnlyDictionary<string, string> parameters)
    {
        var run = new RunInfo(RunId.New(), experiment, name, RunStatus.Running, UnixTime.Now, null, fingerprint, source, parentRunId, null);
        RecordRun(new RunRecord(run, parameters, tags, [], []));
        return run.Id;
    }

    public void LogMetrics(string runId, IEnumerable<MetricPoint> points)
    {
        var all = points.ToList();
        database.Write(transaction =>
        {
            RunWriter.EnsureRun(database, transaction, runId);
            RunWriter.LogMetrics(database, transaction, runId, all);
        });
    }

    public void LogArtifacts(string runId, IEnumerable<RunArtifact> artifacts)
    {
        var all = artifacts.ToList();
        database.Write(transaction =>
        {
            RunWriter.EnsureRun(database, transaction, runId);
            RunWriter.SetArtifacts(database, transaction, runId, all);
        });
    }

    public void SetTags(string runId, IReadOnlyDictionary<string, string> tags) =>
        database.Write(transaction =>
        {
            RunWriter.EnsureRun(database, transaction, runId);
            RunWriter.SetTags(database, transaction, runId, tags);
        });

    public void EndRun(string runId, string status, long endTime, string? error = null)
    {
        RunValidation.Status(status);
        database.Write(transaction => RunWriter.EndRun(database, transaction, runId, status, endTime, error));
    }

    public bool RecordRun(RunRecord run)
    {
        RunValidation.Check(run.Info);
        return database.Write(transaction =>
        {
            var experimentId = RunWriter.EnsureExperiment(database, transaction, run.Info.Experiment);
            if (!RunWriter.InsertRun(database, transaction, run.Info, experimentId))
            {
                return false;
            }

            RunWriter.SetParams(database, transaction, run.Info.Id, run.Params);
            RunWriter.SetTags(database, transaction, run.Info.Id, run.Tags);
            RunWriter.LogMetrics(database, transaction, run.Info.Id, run.Metrics);
            RunWriter.SetArtifacts(database, transaction, run.Info.Id, run.Artifacts);
            return true;
        });
    }

    public bool Contains(string runId) =>
        database.Query("SELECT 1 FROM runs WHERE id = @id", _ => true, ("@id", runId)).Count > 0;

    public RunDetails GetRun(string runId, bool withHistory = false)
    {
        var run = database.Query($"{RunReader.Runs} WHERE r.id = @id", RunReader.Run, ("@id", runId)) is [var found]
            ? found
            : throw new ReproException(TrackingErrors.UnknownRun(runId, Description));
        return new RunDetails(
            run,
            Sorted(database.Query("SELECT p.key, p.value FROM params p WHERE p.run_id = @id", RunReader.Pair, ("@id", runId))),
            Sorted(database.Query("SELECT t.key, t.value FROM tags t WHERE t.run_id = @id", RunReader.Pair, ("@id", runId))),
            new SortedDictionary<string, MetricPoint>(
                database.Query("SELECT m.key, m.value, m.step, m.timestamp FROM latest_metrics m WHERE m.run_id = @id", RunReader.Metric, ("@id", runId)).ToDictionary(metric => metric.Key),
                StringComparer.Ordinal),
            database.Query("SELECT a.path, a.size, a.digest FROM artifacts a WHERE a.run_id = @id ORDER BY a.path", RunReader.Artifact, ("@id", runId)),
            withHistory
                ? database.Query("SELECT m.key, m.value, m.step, m.timestamp FROM metrics m WHERE m.run_id = @id ORDER BY m.key, m.step, m.timestamp", RunReader.Metric, ("@id", runId))
                : []);
    }

    public IReadOnlyList<MetricPoint> MetricHistory(string runId, string key)
    {
        var history = database.Query("SELECT m.key, m.value, m.step, m.timestamp FROM metrics m WHERE m.run_id = @id AND m.key = @key ORDER BY m.step, m.timestamp", RunReader.Metric, ("@id", runId), ("@key", key));
        return history.Count > 0 || Contains(runId) ? history : throw new ReproException(TrackingErrors.UnknownRun(runId, Description));
    }

    public IReadOnlyList<ExperimentInfo> ListExperiments() =>
        database.Query(
            """
            SELECT e.id, e.name, e.created_at, count(r.id)
            FROM experiments e LEFT JOIN runs r ON r.experiment_id = e.id
            GROUP BY e.id, e.name, e.created_at
            ORDER BY e.name
            """,
            RunReader.Experiment);

    public IReadOnlyList<RunInfo> ListRuns(string? experiment = null, int max = 100)
    {
        if (experiment is null)
        {
            return database.Query($"{RunReader.Runs} ORDER BY {RunReader.LatestFirst} LIMIT @max", RunReader.Run, ("@max", max));
        }

        var runs = database.Query($"{RunReader.Runs} WHERE e.name = @experiment ORDER BY {RunReader.LatestFirst} LIMIT @max", RunReader.Run, ("@experiment", experiment), ("@max", max));
        return runs.Count > 0 || ExperimentExists(experiment) ? runs : throw new ReproException(TrackingErrors.UnknownExperiment(experiment, Description));
    }

    public IReadOnlyList<RunInfo> Search(SqlQuery query, int max = 100) =>
        database.Query(
            $"{RunReader.Runs} WHERE {(query.Where.Length == 0 ? "1 = 1" : $"({query.Where})")} ORDER BY {(query.OrderBy.Length == 0 ? "" : query.OrderBy + ", ")}{RunReader.LatestFirst} LIMIT @max",
            RunReader.Run,
            [.. query.Parameters.Select((value, index) => (SqlQuery.ParameterName(index), value)), ("@max", max)]);

    public void Dispose() => database.Dispose();

    bool ExperimentExists(string name) =>
        database.Query("SELECT 1 FROM experiments WHERE name = @name", _ => true, ("@name", name)).Count > 0;

    static SortedDictionary<string, string> Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.ToDictionary(), StringComparer.Ordinal);
}
