using Reproducible.Tracking;

namespace Reproducible.Tool.Tests.Tracking;

/// <summary>Four runs with fixed ids and times, so that tables can be compared with snapshots as they are.</summary>
static class SampleRuns
{
    public const long Start = 1_700_000_000_000;
    const long Hour = 3_600_000;

    public static readonly string Baseline = new('a', 32);
    public static readonly string Deeper = new('b', 32);
    public static readonly string Boosted = new('c', 32);
    public static readonly string Churn = new('d', 32);

    public static IReadOnlyList<RunRecord> All { get; } =
    [
        Run(Baseline, "fraud", "baseline", RunStatus.Finished, Start, fingerprint: '1', error: null,
            new() { ["depth"] = "5", ["learning_rate"] = "0.5", ["model"] = "forest" },
            new() { ["git.branch"] = "main", ["user"] = "ann" },
            [new("f1", 0.7, Start + 10, Step: 1), new("f1", 0.8, Start + 20, Step: 2), new("roc_auc", 0.95, Start + 30)],
            [new("model.json", 100, new string('e', 64))]),
        Run(Deeper, "fraud", "deeper", RunStatus.Finished, Start + Hour, fingerprint: '2', error: null,
            new() { ["depth"] = "10", ["learning_rate"] = "0.5", ["model"] = "forest" },
            new() { ["git.branch"] = "main", ["user"] = "bob" },
            [new("f1", 0.85, Start + Hour + 10, Step: 1), new("f1", 0.9, Start + Hour + 20, Step: 2), new("f1", 0.93, Start + Hour + 30, Step: 3), new("roc_auc", 0.97, Start + Hour + 40)],
            [new("model.json", 120, new string('f', 64))]),
        Run(Boosted, "fraud", "boosted", RunStatus.Failed, Start + 2 * Hour, fingerprint: '3', error: "boom",
            new() { ["depth"] = "10", ["model"] = "boosting" },
            new() { ["git.branch"] = "feature" },
            [new("f1", 0.95, Start + 2 * Hour + 10)],
            []),
        Run(Churn, "churn", "first", RunStatus.Finished, Start + 3 * Hour, fingerprint: '4', error: null,
            new() { ["depth"] = "10" },
            new(),
            [new("f1", 0.99, Start + 3 * Hour + 10)],
            []),
    ];

    public static void Seed(string location)
    {
        using var store = RunStore.Open(location);
        foreach (var run in All)
        {
            store.RecordRun(run);
        }
    }

    public static RunRecord Run(
        string id,
        string experiment,
        string name,
        string status,
        long start,
        char fingerprint,
        string? error,
        Dictionary<string, string> parameters,
        Dictionary<string, string> tags,
        MetricPoint[] metrics,
        RunArtifact[] artifacts) =>
        new(new RunInfo(id, experiment, name, status, start, start + 60_000, new string(fingerprint, 64), RunSource.Trained, null, error), parameters, tags, metrics, artifacts);
}
