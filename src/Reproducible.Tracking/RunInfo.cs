namespace Reproducible.Tracking;

/// <summary>A run's attributes, as the <c>runs</c> table holds them. Times are Unix milliseconds (UTC).</summary>
public sealed record RunInfo(
    string Id,
    string Experiment,
    string Name,
    string Status,
    long StartTime,
    long? EndTime,
    string? Fingerprint,
    string Source,
    string? ParentRunId,
    string? Error);
