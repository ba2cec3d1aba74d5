namespace Reproducible.Tracking;

/// <summary>A whole run, recorded in one transaction or spooled as one file.</summary>
public sealed record RunRecord(
    RunInfo Info,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<MetricPoint> Metrics,
    IReadOnlyList<RunArtifact> Artifacts);
