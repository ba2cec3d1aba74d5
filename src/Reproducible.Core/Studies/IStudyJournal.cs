using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <summary>Where a study keeps its trials, so that an interrupted study resumes without re-running what finished.</summary>
public interface IStudyJournal
{
    /// <summary>Starts the study, or resumes it from the trials that finished before.</summary>
    StudyHistory Open(StudyOptions options, SearchSpace space);

    void TrialStarted(Trial trial);

    void TrialEnded(Trial trial, TrialResult result);

    void Close(StudyOutcome outcome);
}
