using Reproducible.Core.Diagnostics;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

public static partial class PackageVerifier
{
    static void CheckSubjects(PackageEntries entries, ProvenanceClaims claims, List<VerificationFinding> findings)
    {
        var files = claims.Subjects.Where(subject => subject.Name != Subject.PackageContent).ToArray();
        foreach (var subject in files)
        {
            findings.Add(entries.Digests.GetValueOrDefault(subject.Name) switch
            {
                null => VerificationFinding.Fail(subject.Name, Errors.SubjectMismatch("the provenance names it, and the package does not hold it")),
                var digest when digest != subject.Sha256 => VerificationFinding.Fail(subject.Name, Errors.SubjectMismatch($"sha256 differs from the provenance subject (package {Short(digest)}, provenance {Short(subject.Sha256)})")),
                var digest => VerificationFinding.Pass(subject.Name, $"sha256 {Short(digest)}"),
            });
        }

        foreach (var path in entries.Digests.Keys.Where(ProvenancePaths.IsModelFile).Where(path => files.All(subject => subject.Name != path)).Order(StringComparer.Ordinal))
        {
            findings.Add(VerificationFinding.Fail(path, Errors.SubjectMismatch("a model file that is not a subject of the provenance")));
        }

        foreach (var path in entries.Digests.Keys.Where(IsUnexpectedInProvenanceFolder).Order(StringComparer.Ordinal))
        {
            findings.Add(VerificationFinding.Fail(path, Errors.ContentMismatch($"{ProvenancePaths.Folder} holds only the envelope and the public key, and no digest covers this entry")));
        }

        findings.Add(CheckContent(entries, claims));
    }

    static VerificationFinding CheckContent(PackageEntries entries, ProvenanceClaims claims)
    {
        var covered = entries.Digests.Where(entry => PackageContent.Covers(entry.Key)).Select(entry => (entry.Key, entry.Value)).ToArray();
        var digest = PackageContent.Digest(covered);
        return claims.Subjects.FirstOrDefault(subject => subject.Name == Subject.PackageContent) switch
        {
            null => VerificationFinding.Fail("package content", Errors.ContentMismatch($"the provenance has no '{Subject.PackageContent}' subject")),
            var subject when subject.Sha256 != digest => VerificationFinding.Fail("package content", Errors.ContentMismatch($"the manifest of the package's {covered.Length} entries has sha256 {Short(digest)}, the provenance says {Short(subject.Sha256)}: an entry was added, removed or altered")),
            _ => VerificationFinding.Pass("package content", $"sha256 {Short(digest)}, {covered.Length} entries"),
        };
    }

    static bool IsUnexpectedInProvenanceFolder(string path) =>
        ProvenancePaths.IsInProvenanceFolder(path) && path != ProvenancePaths.Envelope && path != ProvenancePaths.PublicKey;
}
