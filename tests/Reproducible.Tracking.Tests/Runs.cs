namespace Reproducible.Tracking.Tests;

static class Runs
{
    public const string Fingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static RunRecord Finished(string experiment = "fraud", string? id = null, long startTime = 1_700_000_000_000, string? parent = null, double f1 = 0.5, int parameters = 3) =>
        new(
            new RunInfo(id ?? RunId.New(), experiment, "run", RunStatus.Finished, startTime, startTime + 1000, Fingerprint, parent is null ? RunSource.Trained : RunSource.Tuning, parent, null),
            Enumerable.Range(0, parameters).ToDictionary(i => $"param{i}", i => $"{i * 10}"),
            new Dictionary<string, string> { ["git.branch"] = "main", ["user"] = "ann" },
            [
                new MetricPoint("loss", 0.9, startTime + 100, Step: 1),
                new MetricPoint("loss", 0.4, startTime + 200, Step: 2),
                new MetricPoint("f1", f1, startTime + 900),
            ],
            [new RunArtifact("model.bin", 1234, new string('a', 64))]);
}
