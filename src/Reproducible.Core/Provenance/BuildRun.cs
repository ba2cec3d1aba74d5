namespace Reproducible.Core.Provenance;

// What the provenance says about one build beyond the lock: the times and ids differ from run to run,
// so a test injects them.
public sealed record BuildRun(string Project, string ModelVersion, DateTimeOffset StartedOn, DateTimeOffset FinishedOn)
{
    public const string LocalBuilderId = "https://reproducible.dev/builders/dotnet/v1";

    public string BuilderId { get; init; } = LocalBuilderId;

    public string InvocationId { get; init; } = Guid.NewGuid().ToString();

    public string EnvironmentPolicy { get; init; } = "standard";
}
