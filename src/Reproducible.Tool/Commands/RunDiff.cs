using Reproducible.Tracking;

namespace Reproducible.Tool.Commands;

/// <summary>What differs between two runs: every metric, and the attributes, parameters, tags and artifacts that changed (all of them with <c>all</c>).</summary>
sealed record RunDiff(
    RunInfo A,
    RunInfo B,
    IReadOnlyList<Difference> Attributes,
    IReadOnlyList<Difference> Params,
    IReadOnlyList<MetricDifference> Metrics,
    IReadOnlyList<Difference> Tags,
    IReadOnlyList<Difference> Artifacts)
{
    public static RunDiff Of(RunDetails a, RunDetails b, bool all) => new(
        a.Info,
        b.Info,
        Difference.Of(AttributesOf(a.Info), AttributesOf(b.Info), all),
        Difference.Of(a.Params, b.Params, all),
        MetricDifference.Of(ValuesOf(a), ValuesOf(b)),
        Difference.Of(a.Tags, b.Tags, all),
        Difference.Of(DigestsOf(a), DigestsOf(b), all));

    // The run's id and times always differ; these are what can tell two runs' inputs and outcomes apart.
    static Dictionary<string, string> AttributesOf(RunInfo run) => new()
    {
        ["experiment"] = run.Experiment,
        ["name"] = run.Name,
        ["status"] = run.Status,
        ["source"] = run.Source,
        ["fingerprint"] = run.Fingerprint ?? Formats.Absent,
        ["parent"] = run.ParentRunId ?? Formats.Absent,
    };

    static Dictionary<string, double> ValuesOf(RunDetails run) => run.Metrics.ToDictionary(pair => pair.Key, pair => pair.Value.Value);

    static Dictionary<string, string> DigestsOf(RunDetails run) => run.Artifacts.ToDictionary(artifact => artifact.Path, artifact => artifact.Digest);
}
