namespace Reproducible.Core.Tuning;

/// <summary>
/// Orders trials from best to worst for TPE: complete trials by loss, then pruned trials (deeper first, then by
/// their last intermediate loss), then running trials, which are "lied" to be the worst so that a parallel
/// worker does not propose the same point that another is still evaluating.
/// </summary>
static class RankedObservations
{
    /// <summary>Whether TPE learns from the trial. Like Optuna, which fails a trial that returns NaN, a complete trial needs a value.</summary>
    public static bool IsFinished(Trial trial) =>
        trial.State == TrialState.Pruned || trial.State == TrialState.Complete && trial.Value is { } value && !double.IsNaN(value);

    public static (List<Trial> Good, List<Trial> Bad) Split(IEnumerable<Trial> trials, Direction direction)
    {
        var ranked = trials.OrderBy(trial => Tier(trial)).ThenBy(trial => Loss(trial, direction)).ThenBy(trial => trial.Number).ToList();
        // Running trials take part in the split but not in the count that sizes it.
        var goodCount = TpeWeights.Gamma(ranked.Count(trial => trial.State != TrialState.Running));
        // Within each group the trials keep their order in the study, which the weight ramp relies on.
        return (
            [.. ranked.Take(goodCount).OrderBy(trial => trial.Number)],
            [.. ranked.Skip(goodCount).OrderBy(trial => trial.Number)]);
    }

    static double Tier(Trial trial) => trial.State switch
    {
        TrialState.Complete => double.NegativeInfinity,
        TrialState.Pruned when trial.IntermediateValues.Count > 0 => -trial.IntermediateValues.Keys.Max(),
        TrialState.Pruned => 1,
        _ => double.PositiveInfinity,
    };

    // A NaN would sort before every number; like Optuna, rank it with the worst instead.
    static double Loss(Trial trial, Direction direction) =>
        LastValue(trial) is { } value && !double.IsNaN(value) ? direction.ToLoss(value) : double.PositiveInfinity;

    static double? LastValue(Trial trial) => trial.State switch
    {
        TrialState.Complete => trial.Value,
        TrialState.Pruned when trial.IntermediateValues.Count > 0 => trial.IntermediateValues[trial.IntermediateValues.Keys.Max()],
        _ => null,
    };
}
