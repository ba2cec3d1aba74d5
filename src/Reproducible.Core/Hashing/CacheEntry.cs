namespace Reproducible.Core.Hashing;

sealed record CacheEntry(FileStat Stat, long HashedNs, string Digest)
{
    // Git's racy-timestamp rule: a file written within one timestamp granule of its hashing can change
    // again without its mtime moving, so its digest is trusted only once the mtime is older than the
    // hashing by more than the coarsest granularity in use (FAT's 2 s).
    const long RacyWindowNs = 2_000_000_000;

    public bool IsTrustedFor(FileStat stat) => Stat == stat && Stat.ModifiedNs < HashedNs - RacyWindowNs;
}
