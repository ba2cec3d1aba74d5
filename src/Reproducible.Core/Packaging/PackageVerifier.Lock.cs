using System.Text;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

public static partial class PackageVerifier
{
    static void CheckLock(PackageEntries entries, ProvenanceClaims? claims, List<VerificationFinding> findings)
    {
        if (ReadLock(entries, findings) is not { } modelLock)
        {
            return;
        }

        var modelFiles = entries.Digests.Where(entry => ProvenancePaths.IsModelFile(entry.Key)).ToDictionary(StringComparer.Ordinal);
        var differences = LockedModelFiles.Differences(modelLock, modelFiles).ToArray();
        findings.AddRange(differences.Length == 0
            ? [VerificationFinding.Pass(ModelLock.FileName, $"outputs.files agrees with every model file in the package: {modelFiles.Count}")]
            : differences.Select(difference => VerificationFinding.Fail(ModelLock.FileName, Errors.PackagedLockMismatch($"{difference.PackagePath}: {difference.Problem}"))));
        if (claims is not null)
        {
            findings.Add(modelLock.Fingerprint == claims.Fingerprint
                ? VerificationFinding.Pass("fingerprint", $"{Short(modelLock.Fingerprint)}, the same in the lock and the provenance")
                : VerificationFinding.Fail("fingerprint", Errors.FingerprintMismatch(modelLock.Fingerprint, claims.Fingerprint)));
        }
    }

    static ModelLock? ReadLock(PackageEntries entries, List<VerificationFinding> findings)
    {
        if (entries.Find(ModelLock.FileName) is not { } entry)
        {
            findings.Add(VerificationFinding.Fail(ModelLock.FileName, Errors.PackagedLockMismatch($"the package has no {ModelLock.FileName}")));
            return null;
        }

        try
        {
            return ModelLock.Parse(ZipEntryText.Read(entry), ModelLock.FileName);
        }
        catch (ReproException e)
        {
            findings.Add(VerificationFinding.Fail(ModelLock.FileName, Errors.PackagedLockMismatch($"it is not a valid lock ({e.Diagnostic.Code}, line {e.Diagnostic.Line}): {e.Diagnostic.Message}")));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DecoderFallbackException)
        {
            findings.Add(VerificationFinding.Fail(ModelLock.FileName, Errors.PackagedLockMismatch($"it cannot be read: {e.Message}")));
        }

        return null;
    }
}
