namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic RunNotRecorded(string runId, string reason, string file) =>
        new("REPRO0080", $"Run {runId} could not be handed to the run store ({reason}). It is kept in '{file}'; record it with: dotnet repro runs record \"{file}\"", file);
}
