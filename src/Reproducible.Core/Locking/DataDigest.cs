namespace Reproducible.Core.Locking;

public sealed record DataDigest(string Path, string Digest, int? FileCount = null)
{
    public bool IsFolder => FileCount is not null;
}
