namespace Reproducible.Tracking;

/// <summary>A file the run produced: its path relative to the model folder, its size in bytes and its SHA-256.</summary>
public sealed record RunArtifact(string Path, long Size, string Digest);
