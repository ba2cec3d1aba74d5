namespace Reproducible.Core.Tuning;

/// <summary>Stops a trial whose intermediate value at a step is worse than the median of finished trials at that step.</summary>
public sealed class MedianPruner(int startupTrials = 5, int warmupSteps = 0)
{
    public bool ShouldPrune(Trial trial, int step, IReadOnlyList<Trial> history, Direction direction)
    {
        if (step < warmupSteps || !trial.IntermediateValues.TryGetValue(step, out var value))
            return false;
        var completed = history.Where(other => other.State == TrialState.Complete && other.Number != trial.Number).ToList();
        if (completed.Count < startupTrials)
            return false;
        var atStep = completed
            .Where(other => other.IntermediateValues.ContainsKey(step))
            .Select(other => other.IntermediateValues[step])
            .Where(double.IsFinite)
            .ToList();
        return atStep.Count > 0 && direction.IsWorse(value, than: Median(atStep));
    }

    static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
