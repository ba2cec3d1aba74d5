using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

static class Studies
{
    public static List<Trial> Run(ISampler sampler, SearchSpace space, Func<IReadOnlyDictionary<string, object>, double> objective, int trials, int seed)
    {
        var random = new Random(seed);
        var history = new List<Trial>();
        for (var number = 0; number < trials; number++)
        {
            var parameters = sampler.Suggest(space, history, random);
            history.Add(new Trial(number, parameters, TrialState.Complete, objective(parameters)));
        }
        return history;
    }

    public static double X(this IReadOnlyDictionary<string, object> parameters, string name) => Convert.ToDouble(parameters[name]);

    public static double Branin(double x, double y) =>
        Math.Pow(y - 5.1 / (4 * Math.PI * Math.PI) * x * x + 5 / Math.PI * x - 6, 2) + 10 * (1 - 1 / (8 * Math.PI)) * Math.Cos(x) + 10;

    public static SearchSpace Mixed { get; } = new(
        new FloatParameter("rate", 1e-4, 1, log: true),
        new FloatParameter("momentum", -1, 1),
        new IntParameter("layers", 2, 20, step: 2),
        new IntParameter("width", 1, 1024, log: true),
        new CategoricalParameter("activation", ["relu", "tanh", "gelu"]));
}
