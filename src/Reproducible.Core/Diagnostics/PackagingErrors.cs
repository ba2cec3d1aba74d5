namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic ModelVersionMissing(string projectFile) =>
        new("REPRO0070", "The model package has no version: set <ModelVersion> (for example 1.0.0) in the project.", projectFile);

    public static Diagnostic ModelVersionInvalid(string version, string projectFile) =>
        new("REPRO0071", $"ModelVersion '{version}' is not a semantic version such as 1.2.0 or 1.2.0-beta.1 (without build metadata, which the build adds: the input fingerprint). Fix <ModelVersion>.", projectFile);

    public static Diagnostic NothingToPack(string modelDirectory, string projectFile) =>
        new("REPRO0072", $"There is no model to pack in '{modelDirectory}'. Build (and so train) the project first, or pack without --no-build.", projectFile);
}
