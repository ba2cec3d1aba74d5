using Reproducible.Core.Packaging;

namespace Reproducible.Core.Provenance;

public sealed record ProvenanceFiles(string EnvelopePath, string PublicKeyPath, string ContentDigest, string KeyId)
{
    public IReadOnlyList<PackageFile> PackageFiles =>
        [new(EnvelopePath, ProvenancePaths.Envelope), new(PublicKeyPath, ProvenancePaths.PublicKey)];
}
