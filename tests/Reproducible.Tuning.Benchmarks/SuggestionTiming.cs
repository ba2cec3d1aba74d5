using System.Diagnostics;
using Reproducible.Core.Tuning;

namespace Reproducible.Tuning.Benchmarks;

static class SuggestionTiming
{
    /// <summary>The median time for TPE to suggest one trial given this many finished trials in this many dimensions.</summary>
    public static TimeSpan Measure(int finishedTrials, int dimensions)
    {
        var space = new SearchSpace(Enumerable.Range(0, dimensions).Select(index => new FloatParameter($"x{index}", -5, 5)));
        var random = new Random(0);
        var history = Enumerable.Range(0, finishedTrials).Select(number =>
        {
            var parameters = new RandomSampler().Suggest(space, [], random);
            return new Trial(number, parameters, TrialState.Complete, parameters.Values.Sum(value => (double)value * (double)value));
        }).ToList();
        var sampler = new TpeSampler(Direction.Minimize);
        var times = Enumerable.Range(0, 60).Select(_ =>
        {
            var stopwatch = Stopwatch.StartNew();
            sampler.Suggest(space, history, random);
            return stopwatch.Elapsed;
        }).Skip(20).Order().ToList();
        return times[times.Count / 2];
    }
}
