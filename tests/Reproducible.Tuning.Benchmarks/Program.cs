using System.Globalization;
using Reproducible.Core.Tuning;
using Reproducible.Tuning.Benchmarks;

const int trials = 100;
var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
// A different first seed gives a disjoint set of seeds, to check that a change is not fitted to the default ones.
var firstSeed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;

Console.WriteLine($"Median best-so-far over {seeds} seeds{(firstSeed == 0 ? "" : $" from {firstSeed}")} (lower is better), at {string.Join(" / ", Curve.Checkpoints)} trials");
var optuna = OptunaStudies.Run(Objectives.All, trials, firstSeed, seeds);
if (optuna is null)
    Console.WriteLine("(Optuna columns missing: install python3-optuna for /usr/bin/python3)");

foreach (var objective in Objectives.All)
{
    Console.WriteLine();
    Console.WriteLine(objective.Name);
    Row("TPE (ours)", Run(new TpeSampler(Direction.Minimize), objective));
    Row("random (ours)", Run(new RandomSampler(), objective));
    if (optuna is not null)
    {
        Row("TPE (Optuna)", optuna[objective.Name]["tpe"]);
        Row("random (Optuna)", optuna[objective.Name]["random"]);
    }
}

Console.WriteLine();
Console.WriteLine($"TPE suggestion with 1,000 finished trials in 20 dimensions: {SuggestionTiming.Measure(1000, 20).TotalMilliseconds:F1} ms");

double[][] Run(ISampler sampler, Objective objective) =>
    [.. Enumerable.Range(firstSeed, seeds).AsParallel().AsOrdered().Select(seed => OurStudies.Run(sampler, objective, trials, seed))];

static void Row(string sampler, IReadOnlyList<double[]> curves) =>
    Console.WriteLine($"  {sampler,-16}{string.Join("", Curve.MedianAtCheckpoints(curves).Select(value => value.ToString("G5", CultureInfo.InvariantCulture).PadLeft(12)))}");
