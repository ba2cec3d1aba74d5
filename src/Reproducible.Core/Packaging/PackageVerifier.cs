using System.IO.Compression;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

// Treats the package as hostile: it is only ever read, entry by entry, from the archive; every
// problem is a finding, never an exception.
public static partial class PackageVerifier
{
    public static VerificationResult Verify(string nupkgPath, string? publicKeyPem)
    {
        PublicKey? givenKey;
        try
        {
            givenKey = publicKeyPem is null ? null : PublicKey.FromPem(publicKeyPem);
        }
        catch (FormatException e)
        {
            return VerificationResult.Unreadable(Errors.PublicKeyInvalid("--key", e.Message));
        }

        using (givenKey)
        {
            ZipArchive zip;
            try
            {
                zip = ZipFile.OpenRead(nupkgPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
            {
                return VerificationResult.Unreadable(Errors.UnreadableFile(nupkgPath, Reason(e)));
            }

            using (zip)
            {
                return Verify(PackageEntries.Read(zip), givenKey);
            }
        }
    }

    static VerificationResult Verify(PackageEntries entries, PublicKey? givenKey)
    {
        if (entries.Problems.Count > 0)
        {
            return new(entries.Problems);
        }

        var findings = new List<VerificationFinding> { VerificationFinding.Pass("entries", $"{entries.Digests.Count} files, every name safe") };
        var claims = CheckProvenance(entries, givenKey, findings);
        if (claims is not null)
        {
            CheckSubjects(entries, claims, findings);
        }

        CheckLock(entries, claims, findings);
        return new(findings);
    }

    static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        InvalidDataException => "it is not a zip archive, as a .nupkg is",
        _ => e.Message,
    };

    static string Short(string digest) => Errors.Abbreviated(digest);
}
