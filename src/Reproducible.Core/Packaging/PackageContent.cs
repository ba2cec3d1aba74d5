using System.Text;
using Reproducible.Core.Hashing;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

// The "package-content" subject: the SHA-256 of a sha256sum-style manifest of every entry of the
// package but two kinds. NuGet's own parts are left out because NuGet writes them after the
// provenance is signed, from project properties, and signing the package adds one; the provenance
// folder is left out because a statement cannot cover its own signature.
public static class PackageContent
{
    public static bool Covers(string packagePath) => !IsNuGetPart(packagePath) && !ProvenancePaths.IsInProvenanceFolder(packagePath);

    public static string Manifest(IEnumerable<(string PackagePath, string Sha256)> entries) =>
        DirectoryDigest.Manifest(entries.Where(entry => Covers(entry.PackagePath)).OrderBy(entry => entry.PackagePath, StringComparer.Ordinal));

    public static string Digest(IEnumerable<(string PackagePath, string Sha256)> entries) =>
        Sha256File.Compute(Encoding.UTF8.GetBytes(Manifest(entries)));

    static bool IsNuGetPart(string path) =>
        path.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
        || path.Equals(".signature.p7s", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("_rels/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("package/services/metadata/", StringComparison.OrdinalIgnoreCase)
        || (!path.Contains('/', StringComparison.Ordinal) && path.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
}
