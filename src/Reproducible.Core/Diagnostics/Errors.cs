namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic DataNotFound(string include, string fullPath, string projectFile) =>
        new("REPRO0001", $"The TrainingData item '{include}' does not exist (looked for '{fullPath}'). Fix the Include path, or remove the item.", projectFile);

    public static Diagnostic ParameterWithoutValue(string name, string projectFile) =>
        new("REPRO0002", $"The Hyperparameter '{name}' has no Value. Write it as <Hyperparameter Include=\"{name}\" Value=\"...\" />.", projectFile);

    public static Diagnostic SeedNotInteger(string seed, string projectFile) =>
        new("REPRO0003", $"TrainingSeed '{seed}' is not a whole number between {int.MinValue} and {int.MaxValue}. Set <TrainingSeed> to an integer such as 42.", projectFile);

    public static Diagnostic TrainerNotStarted(string program, string reason, string projectFile) =>
        new("REPRO0004", $"The trainer '{program}' could not be started: {reason}. Check TrainCommand: its first word must be a program on PATH or a path to an executable file.", projectFile);

    public static Diagnostic TrainerFailed(int exitCode, IReadOnlyCollection<string> errorTail, string projectFile) =>
        new("REPRO0005", errorTail.Count == 0
            ? $"The trainer exited with code {exitCode} and wrote nothing to standard error. No model was kept."
            : $"The trainer exited with code {exitCode}. No model was kept. The end of its error output:{Environment.NewLine}{string.Join(Environment.NewLine, errorTail.Select(line => "  " + line))}", projectFile);

    public static Diagnostic NoModelFiles(string outputDirectory, string projectFile) =>
        new("REPRO0006", $"The trainer exited with code 0 but wrote no model file to its output folder '{outputDirectory}'. Write the model under REPRO_OUTPUT_DIR (TrainingRun.OutputDirectory in C#, run.output_path() in Python).", projectFile);

    public static Diagnostic MalformedMessage(int lineNumber, string line, string reason, string projectFile) =>
        new("REPRO0007", $"The trainer wrote a malformed protocol message on line {lineNumber} of its output: {reason}. The line was: {Truncate(line, 200)}. See docs/run-protocol.md for the form of a '##repro ' line.", projectFile);

    public static Diagnostic DuplicateName(string itemType, string name, string projectFile) =>
        new("REPRO0008", $"Two {itemType} items have the name '{name}'. Remove one, or give one a distinct {(itemType == "TrainingData" ? "Name metadata" : "Include")}.", projectFile);

    public static Diagnostic NoTrainer(string projectFile) =>
        new("REPRO0009", "There is nothing to train: the project is not an executable and sets no TrainCommand. Set <OutputType>Exe</OutputType> to train with the project's own program, or set <TrainCommand>.", projectFile);

    public static Diagnostic MalformedCommand(string command, string reason, string projectFile) =>
        new("REPRO0010", $"TrainCommand '{command}' cannot be read: {reason}. Close every quote, or remove the stray one.", projectFile);

    public static Diagnostic UnreadableFile(string path, string reason) =>
        new("REPRO0011", $"Cannot read '{path}': {reason}.", path);

    public static Diagnostic CacheEntryCorrupt(string fingerprint, string root, string detail) =>
        new("REPRO0019", $"The cached result {fingerprint[..12]} in {root} is corrupt ({detail}); it was removed and the model will be trained again.");

    public static Diagnostic CacheWriteFailed(string root, string reason) =>
        new("REPRO0020", $"Could not store the result in the cache at {root}: {reason}. The build goes on; set ReproCacheRoot to a writable folder.");

    public static Diagnostic UnreadableData(string path, string reason) =>
        new("REPRO0012", $"Cannot read the input '{path}': {reason}. Make it readable by the user who runs the build, or fix the TrainingData item.", path);

    public static Diagnostic BrokenLink(string path, string target) =>
        new("REPRO0013", $"'{path}' is a symbolic link to '{target}', which does not exist. Fix the link or the TrainingData item.", path);

    static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
