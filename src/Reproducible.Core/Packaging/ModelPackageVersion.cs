using NuGet.Versioning;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Packaging;

// A model package's version is ModelVersion, with the input fingerprint as build metadata, so that
// the version names exactly what was trained; a model whose inputs are not what the committed lock
// says is a pre-release, never to be mistaken for the reviewed one.
public static class ModelPackageVersion
{
    public const string UncommittedLabel = "uncommitted";

    public static NuGetVersion Compute(string? modelVersion, string fingerprint, bool matchesCommittedLock, string projectFile)
    {
        var text = modelVersion?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new ReproException(Errors.ModelVersionMissing(projectFile));
        }

        if (!NuGetVersion.TryParseStrict(text, out var version) || version.HasMetadata)
        {
            throw new ReproException(Errors.ModelVersionInvalid(text, projectFile));
        }

        var labels = matchesCommittedLock ? version.ReleaseLabels : version.ReleaseLabels.Append(UncommittedLabel);
        return new NuGetVersion(version.Major, version.Minor, version.Patch, labels, $"fp.{fingerprint[..12]}");
    }
}
