namespace Reproducible.Core.Packaging;

public sealed record ModelPackageRequest(
    string ProjectFile,
    string PackageId,
    string? ModelVersion,
    string ModelDirectory,
    string MetricsFile,
    string LockFile,
    string StagingDirectory)
{
    public string? SigningKey { get; init; }

    public bool SignProvenance { get; init; } = true;
}
