namespace Reproducible.Core.Studies;

public interface ITrialRunner
{
    /// <summary>
    /// Trains with the trial's parameters. Each intermediate value of the study metric goes to <paramref name="shouldPrune"/>
    /// (step, value); when it answers true the runner stops the training and returns a pruned result.
    /// </summary>
    TrialResult Run(int number, IReadOnlyDictionary<string, string> parameters, Func<int, double, bool> shouldPrune, CancellationToken cancellation);
}
