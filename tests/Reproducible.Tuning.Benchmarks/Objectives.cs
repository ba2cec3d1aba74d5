using System.Globalization;
using Reproducible.Core.Tuning;

namespace Reproducible.Tuning.Benchmarks;

static class Objectives
{
    static double X(this IReadOnlyDictionary<string, object> parameters, string name) => Convert.ToDouble(parameters[name], CultureInfo.InvariantCulture);

    public static Objective Branin { get; } = new(
        "Branin",
        new SearchSpace(new FloatParameter("x", -5, 10), new FloatParameter("y", 0, 15)),
        p => Math.Pow(p.X("y") - 5.1 / (4 * Math.PI * Math.PI) * p.X("x") * p.X("x") + 5 / Math.PI * p.X("x") - 6, 2)
            + 10 * (1 - 1 / (8 * Math.PI)) * Math.Cos(p.X("x")) + 10,
        """
        def branin(t):
            x, y = t.suggest_float("x", -5, 10), t.suggest_float("y", 0, 15)
            return (y - 5.1 / (4 * math.pi ** 2) * x * x + 5 / math.pi * x - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x) + 10
        """);

    static readonly double[] HartmannAlpha = [1.0, 1.2, 3.0, 3.2];

    static readonly double[,] HartmannA =
    {
        { 10, 3, 17, 3.5, 1.7, 8 }, { 0.05, 10, 17, 0.1, 8, 14 }, { 3, 3.5, 1.7, 10, 17, 8 }, { 17, 8, 0.05, 10, 0.1, 14 },
    };

    static readonly double[,] HartmannP =
    {
        { 0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886 }, { 0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991 },
        { 0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650 }, { 0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381 },
    };

    public static Objective Hartmann6 { get; } = new(
        "Hartmann-6",
        new SearchSpace(Enumerable.Range(0, 6).Select(index => new FloatParameter($"x{index}", 0, 1))),
        p => -Enumerable.Range(0, 4).Sum(i =>
            HartmannAlpha[i] * Math.Exp(-Enumerable.Range(0, 6).Sum(j => HartmannA[i, j] * Math.Pow(p.X($"x{j}") - HartmannP[i, j], 2)))),
        """
        HA = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
        HP = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886], [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
              [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650], [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]
        def hartmann6(t):
            x = [t.suggest_float(f"x{j}", 0, 1) for j in range(6)]
            return -sum(a * math.exp(-sum(HA[i][j] * (x[j] - HP[i][j]) ** 2 for j in range(6))) for i, a in enumerate([1.0, 1.2, 3.0, 3.2]))
        """);

    public static Objective Rosenbrock5 { get; } = new(
        "Rosenbrock-5",
        new SearchSpace(Enumerable.Range(0, 5).Select(index => new FloatParameter($"x{index}", -5, 10))),
        p => Enumerable.Range(0, 4).Sum(i => 100 * Math.Pow(p.X($"x{i + 1}") - p.X($"x{i}") * p.X($"x{i}"), 2) + Math.Pow(1 - p.X($"x{i}"), 2)),
        """
        def rosenbrock5(t):
            x = [t.suggest_float(f"x{j}", -5, 10) for j in range(5)]
            return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(4))
        """);

    static readonly Dictionary<string, double> Offsets = new() { ["adam"] = 2, ["sgd"] = 0, ["rmsprop"] = 1, ["adagrad"] = 3 };

    public static Objective Mixed { get; } = new(
        "Mixed int/categorical",
        new SearchSpace(
            new IntParameter("layers", -10, 10),
            new IntParameter("width", 1, 64, log: true),
            new IntParameter("batch", 8, 256, step: 8),
            new CategoricalParameter("optimizer", ["adam", "sgd", "rmsprop", "adagrad"]),
            new FloatParameter("rate", -5, 5)),
        p => Math.Pow(p.X("layers") - 3, 2) + Math.Pow(Math.Log2(p.X("width")) - 4, 2) + Math.Abs(p.X("batch") - 96) / 16
            + Offsets[(string)p["optimizer"]] + p.X("rate") * p.X("rate"),
        """
        def mixed(t):
            layers = t.suggest_int("layers", -10, 10)
            width = t.suggest_int("width", 1, 64, log=True)
            batch = t.suggest_int("batch", 8, 256, step=8)
            optimizer = t.suggest_categorical("optimizer", ["adam", "sgd", "rmsprop", "adagrad"])
            rate = t.suggest_float("rate", -5, 5)
            return (layers - 3) ** 2 + (math.log2(width) - 4) ** 2 + abs(batch - 96) / 16 + {"adam": 2, "sgd": 0, "rmsprop": 1, "adagrad": 3}[optimizer] + rate * rate
        """);

    public static IReadOnlyList<Objective> All { get; } = [Branin, Hartmann6, Rosenbrock5, Mixed];
}
