using System.Text;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Core.Locking;
using Reproducible.Core.Packaging;

namespace Reproducible.Core.Provenance;

// Runs at pack time, before NuGet zips the package: it is given every file the package will hold,
// by its path in the package, and writes the signed statement and the public key to add beside them.
public static class ProvenanceWriter
{
    public static ProvenanceFiles Write(IReadOnlyCollection<PackageFile> files, string outputFolder, ModelLock modelLock, SigningKey key, BuildRun run)
    {
        var content = Hashed(files);
        var modelFiles = content.Where(file => ProvenancePaths.IsModelFile(file.Key)).ToDictionary(StringComparer.Ordinal);
        if (LockedModelFiles.Differences(modelLock, modelFiles).FirstOrDefault() is { PackagePath: not null } difference)
        {
            throw new ReproException(Errors.PackedModelDiffersFromLock($"{difference.PackagePath}: {difference.Problem}"));
        }

        var contentDigest = PackageContent.Digest(content.Select(file => (file.Key, file.Value)));
        var statement = ProvenanceStatement.Create(modelLock, modelFiles.Select(file => new Subject(file.Key, file.Value)), contentDigest, run);
        var envelope = DsseEnvelope.Sign(ProvenanceStatement.PayloadType, Encoding.UTF8.GetBytes(statement), key);
        var envelopePath = Path.Combine(outputFolder, ProvenancePaths.EnvelopeFileName);
        var publicKeyPath = Path.Combine(outputFolder, ProvenancePaths.PublicKeyFileName);
        AtomicFile.WriteIfChanged(envelopePath, envelope.ToJson() + "\n");
        AtomicFile.WriteIfChanged(publicKeyPath, key.PublicKeyPem);
        return new(envelopePath, publicKeyPath, contentDigest, key.KeyId);
    }

    // For a staging folder laid out as the package will be; the provenance goes to its provenance/.
    public static ProvenanceFiles Write(string stagingFolder, ModelLock modelLock, SigningKey key, BuildRun run) =>
        Write(
            [.. ModelDirectory.Files(stagingFolder).Where(path => !ProvenancePaths.IsInProvenanceFolder(path)).Select(path => new PackageFile(Path.Combine(stagingFolder, path), path))],
            Path.Combine(stagingFolder, Packaging.ModelPackageLayout.ProvenanceFolder),
            modelLock,
            key,
            run);

    static Dictionary<string, string> Hashed(IReadOnlyCollection<PackageFile> files)
    {
        var content = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Where(file => file.PackagePath != ProvenancePaths.Envelope && file.PackagePath != ProvenancePaths.PublicKey))
        {
            if (ProvenancePaths.IsInProvenanceFolder(file.PackagePath))
            {
                throw new ReproException(Errors.UnsafePackagePath(file.PackagePath, $"{ProvenancePaths.Folder} holds only the provenance, which no digest can cover"));
            }

            if (!PackageContent.Covers(file.PackagePath))
            {
                continue;
            }

            if (PackageEntryName.Problem(file.PackagePath) is { } problem)
            {
                throw new ReproException(Errors.UnsafePackagePath(file.PackagePath, problem));
            }

            if (!content.TryAdd(file.PackagePath, Sha256File.Compute(file.Source)))
            {
                throw new ReproException(Errors.UnsafePackagePath(file.PackagePath, "two files have this path (letter case aside)"));
            }
        }

        return new(content, StringComparer.Ordinal);
    }
}
