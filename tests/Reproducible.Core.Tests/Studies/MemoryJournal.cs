using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Studies;

/// <summary>A journal that outlives the study that wrote it, as the run store does, so a second study can resume from it.</summary>
sealed class MemoryJournal : IStudyJournal
{
    public Dictionary<int, (Trial Trial, TrialResult? Result)> Trials { get; } = [];

    public List<StudyOutcome> Closed { get; } = [];

    public StudyHistory Open(StudyOptions options, SearchSpace space) => new(
        [.. Trials.Values.Where(entry => entry.Result is { Interrupted: false }).Select(entry => entry.Trial)],
        Trials.Count == 0 ? 0 : Trials.Keys.Max() + 1);

    public void TrialStarted(Trial trial) => Trials[trial.Number] = (trial, null);

    public void TrialEnded(Trial trial, TrialResult result) => Trials[trial.Number] = (trial, result);

    public void Close(StudyOutcome outcome) => Closed.Add(outcome);
}
