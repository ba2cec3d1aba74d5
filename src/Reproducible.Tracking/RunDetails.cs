namespace Reproducible.Tracking;

/// <summary>
/// A run as stored: its latest metric values, and the full metric history only when it was asked for
/// (empty otherwise).
/// </summary>
public sealed record RunDetails(
    RunInfo Info,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyDictionary<string, MetricPoint> Metrics,
    IReadOnlyList<RunArtifact> Artifacts,
    IReadOnlyList<MetricPoint> History);
