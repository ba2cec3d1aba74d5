using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <param name="Trials">Every finished trial, the resumed ones too, by number.</param>
/// <param name="Interrupted">The study was cancelled before it ran all its trials.</param>
public sealed record StudyOutcome(IReadOnlyList<Trial> Trials, Trial? Best, bool Interrupted, string? StoppedBecause = null)
{
    /// <summary>How many trials this session ran, and how long it took.</summary>
    public (int Trials, TimeSpan Elapsed) Session { get; init; }

    public int Count(TrialState state) => Trials.Count(trial => trial.State == state);
}
