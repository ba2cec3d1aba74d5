namespace Reproducible.Core.Caching;

sealed record CachedFile(string Sha256, long Size);
