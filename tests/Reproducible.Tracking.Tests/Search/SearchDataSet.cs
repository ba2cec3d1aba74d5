using System.Globalization;

namespace Reproducible.Tracking.Tests.Search;

/// <summary>
/// The data set of the search benchmark (issue 4): runs of 20 parameters, 10 metrics and 3 tags, with values
/// spread as a team's sweeps spread them (depth uniform in 1..20, f1 uniform in 0..1, …). The same seed gives the same runs.
/// </summary>
public static class SearchDataSet
{
    public const string Filter = "metrics.f1 > 0.9 and params.depth = '10'";
    public const string OrderBy = "metrics.f1 DESC";
    public const int Max = 5;

    const long Start = 1_700_000_000_000;

    static readonly string[] Optimizers = ["adam", "sgd", "rmsprop", "adagrad"];
    static readonly string[] Models = ["forest", "boosting", "linear", "mlp"];
    static readonly string[] LearningRates = ["0.001", "0.003", "0.01", "0.03", "0.1", "0.3"];
    static readonly string[] Users = ["ann", "bob", "chen", "dana", "eve"];
    static readonly string[] Branches = ["main", "main", "main", "feature/tuning", "feature/features-v2"];

    public static IReadOnlyList<string> Experiments { get; } = [.. Enumerable.Range(0, 20).Select(i => $"experiment-{i:00}")];

    public static IEnumerable<SearchRun> Runs(int count, int seed = 4)
    {
        var random = new Random(seed);
        string? parent = null;
        for (var i = 0; i < count; i++)
        {
            var run = Run(random, i, parent);
            parent = run.Source == "tuning" ? parent ?? run.Id : run.Id;
            yield return run;
        }
    }

    static SearchRun Run(Random random, int index, string? parent)
    {
        var startTime = Start + (index * 60_000L) + random.Next(60_000);
        var sourceDraw = random.NextDouble();
        var source = sourceDraw < 0.85 ? "trained" : sourceDraw < 0.95 ? "restored" : "tuning";
        var statusDraw = random.NextDouble();
        return new SearchRun(Hex(random, 16))
        {
            Experiment = Experiments[random.Next(Experiments.Count)],
            Name = $"run-{index}",
            Status = statusDraw < 0.9 ? "finished" : statusDraw < 0.97 ? "failed" : "killed",
            StartTime = startTime,
            EndTime = startTime + random.Next(1_000, 3_600_000),
            Fingerprint = Hex(random, 32),
            Source = source,
            ParentRunId = source == "tuning" ? parent : null,
            Params = Params(random),
            Metrics = Metrics(random),
            Tags =
            {
                ["git.commit"] = Hex(random, 20),
                ["git.branch"] = Pick(random, Branches),
                ["user"] = Pick(random, Users),
            },
        };
    }

    static Dictionary<string, string> Params(Random random)
    {
        var parameters = new Dictionary<string, string>
        {
            ["depth"] = Text(random.Next(1, 21)),
            ["learning_rate"] = Pick(random, LearningRates),
            ["optimizer"] = Pick(random, Optimizers),
            ["model"] = Pick(random, Models),
            ["n_estimators"] = Text(random.Next(1, 101) * 10),
            ["batch_size"] = Text(16 << random.Next(6)),
            ["dropout"] = Text(random.Next(11) * 0.05),
            ["l2"] = Text(Math.Pow(10, -random.Next(2, 7))),
            ["features"] = $"v{random.Next(1, 6)}",
            ["seed"] = Text(random.Next()),
        };
        for (var i = parameters.Count; i < 20; i++)
        {
            parameters[$"param_{i:00}"] = Text(random.Next(1000));
        }

        return parameters;
    }

    static Dictionary<string, double> Metrics(Random random) => new()
    {
        ["f1"] = random.NextDouble(),
        ["accuracy"] = 0.5 + (random.NextDouble() / 2),
        ["precision"] = random.NextDouble(),
        ["recall"] = random.NextDouble(),
        ["roc_auc"] = 0.5 + (random.NextDouble() / 2),
        ["pr_auc"] = random.NextDouble(),
        ["log_loss"] = random.NextDouble() * 2,
        ["val_loss"] = random.NextDouble() * 2,
        ["train_seconds"] = 1 + (random.NextDouble() * 3600),
        ["epochs"] = random.Next(1, 101),
    };

    static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    static string Hex(Random random, int bytes)
    {
        var buffer = new byte[bytes];
        random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }

    static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
