namespace Reproducible.Core.Training;

public enum BuildOutcome
{
    UpToDate,
    Restored,
    Trained,
}

public sealed record ModelBuildResult(BuildOutcome Outcome, string Fingerprint, IReadOnlyList<string> ModelFiles, string MetricsFile);
