namespace Reproducible.Tracking;

static class RunValidation
{
    public static void Check(RunInfo run)
    {
        Id(run.Id, nameof(run.Id));
        if (run.ParentRunId is { } parent)
        {
            Id(parent, nameof(run.ParentRunId));
        }

        Status(run.Status);
        if (!RunSource.IsKnown(run.Source))
        {
            throw new ArgumentException($"The run source '{run.Source}' is not one of: {string.Join(", ", RunSource.All)}.", nameof(run));
        }

        if (run.Fingerprint is { } fingerprint && !(fingerprint.Length == 64 && fingerprint.All(char.IsAsciiHexDigitLower)))
        {
            throw new ArgumentException($"The fingerprint '{fingerprint}' is not 64 lower-case hex digits.", nameof(run));
        }
    }

    public static void Status(string status)
    {
        if (!RunStatus.IsKnown(status))
        {
            throw new ArgumentException($"The run status '{status}' is not one of: {string.Join(", ", RunStatus.All)}.", nameof(status));
        }
    }

    static void Id(string id, string what)
    {
        if (!RunId.IsValid(id))
        {
            throw new ArgumentException($"The {what} '{id}' is not 32 lower-case hex digits.", what);
        }
    }
}
