using System.IO.Compression;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Core.Locking;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

public static partial class PackageVerifier
{
    // Retrains the project and compares its model with the package's. The project must be at the
    // inputs the package was built from (same fingerprint), or the comparison would prove nothing.
    // trainModel builds the project and returns the folder its model files are in.
    public static VerificationResult Rebuild(string nupkgPath, string project, Func<string, string> trainModel)
    {
        var folder = Directory.Exists(project) ? project : File.Exists(project) ? Path.GetDirectoryName(Path.GetFullPath(project))! : null;
        if (folder is null)
        {
            return VerificationResult.Unreadable(Errors.UnreadableFile(project, "there is no such project file or folder"));
        }

        ModelLock? projectLock;
        ZipArchive zip;
        try
        {
            projectLock = ModelLock.ReadIfExists(Path.Combine(folder, ModelLock.FileName));
            zip = ZipFile.OpenRead(nupkgPath);
        }
        catch (ReproException e)
        {
            return VerificationResult.Unreadable(e.Diagnostic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return VerificationResult.Unreadable(Errors.UnreadableFile(nupkgPath, Reason(e)));
        }

        using (zip)
        {
            return Rebuild(PackageEntries.Read(zip), projectLock, project, trainModel);
        }
    }

    static VerificationResult Rebuild(PackageEntries entries, ModelLock? projectLock, string project, Func<string, string> trainModel)
    {
        if (entries.Problems.Count > 0)
        {
            return new(entries.Problems);
        }

        var findings = new List<VerificationFinding>();
        var packagedLock = ReadLock(entries, findings);
        if (packagedLock is null || projectLock?.Fingerprint != packagedLock.Fingerprint)
        {
            findings.Add(VerificationFinding.Fail("rebuild", Errors.RebuildNotComparable(projectLock is null
                ? $"the project has no {ModelLock.FileName} to rebuild from"
                : packagedLock is null
                    ? "the package has no readable lock to compare with"
                    : $"the project's {ModelLock.FileName} has fingerprint {Short(projectLock.Fingerprint)}, the package's {Short(packagedLock.Fingerprint)}: the project is not at the inputs the package was built from. Check out the commit it was built from, and rebuild")));
            return new(findings);
        }

        string modelFolder;
        try
        {
            modelFolder = trainModel(project);
        }
        catch (ReproException e)
        {
            findings.Add(VerificationFinding.Fail("rebuild", e.Diagnostic));
            return new(findings);
        }

        return new([.. findings, .. CompareRebuilt(entries, modelFolder)]);
    }

    static IEnumerable<VerificationFinding> CompareRebuilt(PackageEntries entries, string modelFolder)
    {
        var rebuilt = ModelDirectory.Files(modelFolder).ToDictionary(file => ProvenancePaths.ModelFolder + file, file => Sha256File.Compute(Path.Combine(modelFolder, file)), StringComparer.Ordinal);
        var packaged = entries.Digests.Where(entry => ProvenancePaths.IsModelFile(entry.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var (path, digest) in packaged.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            yield return rebuilt.GetValueOrDefault(path) switch
            {
                null => VerificationFinding.Fail($"rebuilt {path}", Errors.RebuildDiffers("the rebuild did not produce it")),
                var actual when actual != digest => VerificationFinding.Fail($"rebuilt {path}", Errors.RebuildDiffers($"sha256 {Short(actual)}, the package's is {Short(digest)}: training is not deterministic, or the package was not built from these inputs")),
                _ => VerificationFinding.Pass($"rebuilt {path}", $"sha256 {Short(digest)}, bit for bit the package's"),
            };
        }

        foreach (var path in rebuilt.Keys.Where(path => !packaged.ContainsKey(path)).Order(StringComparer.Ordinal))
        {
            yield return VerificationFinding.Fail($"rebuilt {path}", Errors.RebuildDiffers("the rebuild produced it, and the package does not hold it"));
        }
    }
}
