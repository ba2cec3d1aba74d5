namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic InvalidSearchSpace(string name, string reason, string projectFile) =>
        new("REPRO0090", $"The SearchSpace item '{name}' is invalid: {reason}. See docs/tuning.md for the forms a SearchSpace item takes.", projectFile);

    public static Diagnostic NoSearchSpace(string projectFile) =>
        new("REPRO0091", "The project declares no SearchSpace items, so there is nothing to tune. Add one per hyperparameter to search, such as <SearchSpace Include=\"learning_rate\" Low=\"0.001\" High=\"1\" Log=\"true\" />.", projectFile);

    public static Diagnostic NoStudyMetric(string projectFile) =>
        new("REPRO0092", "A study needs the metric to optimise. Pass --metric NAME --direction maximize|minimize, or set <TuneMetric> and <TuneDirection> in the project.", projectFile);

    public static Diagnostic TrialFailed(int number, string reason, string logFile) =>
        new("REPRO0093", $"Trial {number} failed: {reason} The study goes on. Its output is in '{logFile}'.", logFile);

    public static Diagnostic StudyMismatch(string study, string difference) =>
        new("REPRO0094", $"The store already holds a study named '{study}' with {difference}. Resume it with the same search space, metric and direction, or start a new study with --study NAME.");

    public static Diagnostic StudyBusy(string study, string lockFile) =>
        new("REPRO0095", $"Another dotnet repro tune is running study '{study}' of this project (it holds '{lockFile}'). Wait for it to finish, or tune a different study with --study NAME.", lockFile);

    public static Diagnostic NoCompleteTrial(string study) =>
        new("REPRO0096", $"Study '{study}' has no complete trial: every trial failed or was pruned. Read the trials' output (dotnet repro runs list shows them), fix the trainer or widen the search space, and run the study again.");

    public static Diagnostic CannotApply(string name, string file, string reason) =>
        new("REPRO0097", $"The best value of '{name}' cannot be written to '{file}': {reason}. Set it by hand, or declare it as <Hyperparameter Include=\"{name}\" Value=\"...\" /> in the project.", file);

    public static Diagnostic TuningPlanFailed(string projectFile, string reason) =>
        new("REPRO0098", $"The project '{projectFile}' could not be prepared for tuning: {reason}", projectFile);

    public static Diagnostic InvalidStudyOption(string option, string value, string expected) =>
        new("REPRO0099", $"{option} '{value}' is not valid: expected {expected}.");
}
