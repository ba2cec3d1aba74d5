using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

/// <summary>The split into good and bad trials, checked against Optuna 3.1's <c>_get_observation_pairs</c> and <c>_split_observation_pairs</c>.</summary>
public class RankedObservationsTests
{
    static readonly Dictionary<string, object> Point = new() { ["x"] = 0.0 };

    static Trial Pruned(int number, double lastValue) =>
        new(number, Point, TrialState.Pruned, IntermediateValues: new Dictionary<int, double> { [1] = 0, [3] = lastValue });

    [Fact]
    public void A_pruned_trial_that_reported_NaN_ranks_with_the_worst()
    {
        // Eleven trials make a good group of two; Optuna scores the NaN as +inf, so trials 1 and 2 are the best.
        List<Trial> trials = [Pruned(0, double.NaN), .. Enumerable.Range(1, 10).Select(number => Pruned(number, number))];

        var (good, bad) = RankedObservations.Split(trials, Direction.Minimize);

        Assert.Equal([1, 2], good.Select(trial => trial.Number));
        Assert.Contains(bad, trial => trial.Number == 0);
    }

    [Fact]
    public void Ranks_complete_trials_then_pruned_by_depth_then_running()
    {
        List<Trial> trials =
        [
            new(0, Point, TrialState.Running),
            Pruned(1, -100),
            new(2, Point, TrialState.Pruned, IntermediateValues: new Dictionary<int, double> { [7] = 5 }),
            new(3, Point, TrialState.Complete, 9),
            new(4, Point, TrialState.Pruned),
            .. Enumerable.Range(5, 15).Select(number => new Trial(number, Point, TrialState.Complete, 10 + number)),
        ];

        var (good, _) = RankedObservations.Split(trials, Direction.Minimize);

        // 19 finished trials (the running one does not count) make a good group of two: the best complete ones.
        Assert.Equal([3, 5], good.Select(trial => trial.Number));
        var (onlyUnfinished, _) = RankedObservations.Split(trials.Where(trial => trial.State != TrialState.Complete), Direction.Minimize);
        Assert.Equal([2], onlyUnfinished.Select(trial => trial.Number));
    }

    [Theory]
    [InlineData(TrialState.Complete, 1.0, true)]
    [InlineData(TrialState.Complete, double.PositiveInfinity, true)]
    [InlineData(TrialState.Complete, double.NaN, false)]
    [InlineData(TrialState.Complete, null, false)]
    [InlineData(TrialState.Pruned, null, true)]
    [InlineData(TrialState.Running, null, false)]
    [InlineData(TrialState.Failed, 1.0, false)]
    public void Learns_from_complete_trials_with_a_value_and_from_pruned_trials(TrialState state, double? value, bool finished) =>
        Assert.Equal(finished, RankedObservations.IsFinished(new Trial(0, Point, state, value)));
}
