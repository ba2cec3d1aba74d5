using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class MedianPrunerTests
{
    static Trial Completed(int number, params double[] curve) =>
        new(number, new Dictionary<string, object>(), TrialState.Complete, curve[^1], curve.Select((value, step) => (value, step)).ToDictionary(pair => pair.step, pair => pair.value));

    static Trial Running(int number, params double[] curve) =>
        new(number, new Dictionary<string, object>(), TrialState.Running, null, curve.Select((value, step) => (value, step)).ToDictionary(pair => pair.step, pair => pair.value));

    static readonly Trial[] Finished = [.. Enumerable.Range(0, 5).Select(number => Completed(number, 0.5 + number * 0.01, 0.6, 0.7))];

    [Fact]
    public void Prunes_a_trial_clearly_worse_than_the_median()
    {
        var bad = Running(5, 0.1, 0.2);

        Assert.True(new MedianPruner().ShouldPrune(bad, step: 1, Finished, Direction.Maximize));
        Assert.False(new MedianPruner().ShouldPrune(Running(5, 0.9, 0.8), step: 1, Finished, Direction.Maximize));
    }

    [Fact]
    public void Worse_means_higher_when_minimizing() =>
        Assert.False(new MedianPruner().ShouldPrune(Running(5, 0.1, 0.2), step: 1, Finished, Direction.Minimize));

    [Fact]
    public void Never_prunes_before_its_startup_trials_have_completed()
    {
        var bad = Running(5, 0.1, 0.2);

        Assert.False(new MedianPruner(startupTrials: 6).ShouldPrune(bad, step: 1, Finished, Direction.Maximize));
        Assert.False(new MedianPruner().ShouldPrune(bad, step: 1, [.. Finished.Take(4), Running(4, 0.9, 0.9)], Direction.Maximize));
    }

    [Fact]
    public void Never_prunes_during_warm_up()
    {
        var bad = Running(5, 0.1, 0.2);

        Assert.False(new MedianPruner(warmupSteps: 2).ShouldPrune(bad, step: 1, Finished, Direction.Maximize));
        Assert.True(new MedianPruner(warmupSteps: 1).ShouldPrune(bad, step: 1, Finished, Direction.Maximize));
    }

    [Fact]
    public void Does_not_prune_where_no_completed_trial_reported_the_step() =>
        Assert.False(new MedianPruner().ShouldPrune(Running(5, 0.1, 0.1, 0.1, 0.1), step: 3, Finished, Direction.Maximize));
}
