using Reproducible.Core.Tuning;

namespace Reproducible.Tuning.Benchmarks;

static class OurStudies
{
    public static double[] Run(ISampler sampler, Objective objective, int trials, int seed)
    {
        var random = new Random(seed);
        var history = new List<Trial>();
        for (var number = 0; number < trials; number++)
        {
            var parameters = sampler.Suggest(objective.Space, history, random);
            history.Add(new Trial(number, parameters, TrialState.Complete, objective.Evaluate(parameters)));
        }
        return Curve.BestSoFar(history.Select(trial => trial.Value!.Value));
    }
}
