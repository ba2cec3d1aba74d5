namespace Reproducible.Tracking.Tests.Search;

/// <summary>A run as the search sees it, written straight into the tables.</summary>
public sealed record SearchRun(string Id)
{
    public string Experiment { get; init; } = "default";

    public string Name { get; init; } = "run";

    public string Status { get; init; } = "finished";

    public long StartTime { get; init; }

    public long? EndTime { get; init; }

    public string? Fingerprint { get; init; }

    public string Source { get; init; } = "trained";

    public string? ParentRunId { get; init; }

    public Dictionary<string, string> Params { get; init; } = [];

    public Dictionary<string, double> Metrics { get; init; } = [];

    public Dictionary<string, string> Tags { get; init; } = [];
}
