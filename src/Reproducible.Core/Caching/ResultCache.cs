using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;

namespace Reproducible.Core.Caching;

public sealed class ResultCache(string root)
{
    const string Layout = "v1";
    const string FilesFolder = "files";
    const string MetricsFile = "metrics.json";
    const int MoveAttempts = 3;

    public static string DefaultRoot => CacheLocation.Default;

    public string Root { get; } = Path.GetFullPath(root);

    string TemporaryRoot => Path.Combine(Root, "tmp");

    public bool Contains(string fingerprint) => Directory.Exists(Entry(fingerprint));

    public bool Store(string fingerprint, string modelDirectory, string metricsJson, ILog log)
    {
        var entry = Entry(fingerprint);
        if (Directory.Exists(entry))
        {
            return true;
        }

        var staging = NewTemporaryPath();
        try
        {
            if (FileTree.Copy(modelDirectory, Path.Combine(staging, FilesFolder)) == 0)
            {
                throw new ArgumentException($"The model folder '{modelDirectory}' holds no file to store.", nameof(modelDirectory));
            }

            File.WriteAllText(Path.Combine(staging, MetricsFile), metricsJson);
            // No flush to disk: a restore hashes every file, so an entry torn by a power cut is evicted, not used.
            File.WriteAllText(Path.Combine(staging, CacheManifest.FileName), CacheManifest.Describe(staging).ToJson());
            Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
            MoveIntoPlace(staging, entry);
            return true;
        }
        catch (Exception e) when (FileTree.IsFailure(e))
        {
            log.Warning(Errors.CacheWriteFailed(Root, e.Message.TrimEnd('.')));
            return false;
        }
        finally
        {
            FileTree.TryDelete(staging);
        }
    }

    public string? TryRestore(string fingerprint, string modelDirectory, ILog log)
    {
        var entry = Entry(fingerprint);
        if (!Directory.Exists(entry))
        {
            return null;
        }

        // Named like ModelDirectory's own siblings, so ModelDirectory.Remove clears one an interrupted restore leaves.
        var snapshot = $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(modelDirectory))}.cache-{Guid.NewGuid():N}";
        try
        {
            if (!TryCopyIntact(entry, snapshot))
            {
                Evict(fingerprint, entry, log);
                return null;
            }

            ModelDirectory.Publish(Path.Combine(snapshot, FilesFolder), modelDirectory);
            return File.ReadAllText(Path.Combine(snapshot, MetricsFile));
        }
        finally
        {
            FileTree.TryDelete(snapshot);
        }
    }

    // The move fails when another build stored the fingerprint first, and theirs is as good as ours. If their
    // entry is gone again when we look, an eviction came in between and the place is free once more.
    static void MoveIntoPlace(string staging, string entry)
    {
        for (var attempt = 1; !Directory.Exists(entry); attempt++)
        {
            try
            {
                Directory.Move(staging, entry);
                return;
            }
            catch (Exception e) when (FileTree.IsFailure(e) && attempt < MoveAttempts)
            {
            }
        }
    }

    // The private copy, not the entry, is checked and then published: an entry evicted or replaced while it is
    // being read shows up as damage in the copy, never as a model made of two entries.
    static bool TryCopyIntact(string entry, string snapshot)
    {
        try
        {
            FileTree.Copy(entry, snapshot);
        }
        catch (Exception e) when (FileTree.IsFailure(e))
        {
            return false;
        }

        return EntryCheck.FindDamage(snapshot) is null;
    }

    // Damage is judged again on the entry once it is moved where no other build can reach it: a reader that lost
    // a race, or could not write its copy, must neither delete a sound entry nor report one as corrupt.
    void Evict(string fingerprint, string entry, ILog log)
    {
        var claimed = NewTemporaryPath();
        try
        {
            Directory.CreateDirectory(TemporaryRoot);
            Directory.Move(entry, claimed);
        }
        catch (Exception e) when (FileTree.IsFailure(e))
        {
            // Another build evicted it first, or the cache is read-only; either way this build trains.
            return;
        }

        if (EntryCheck.FindDamage(claimed) is { } damage)
        {
            log.Warning(Errors.CacheEntryCorrupt(fingerprint, Root, damage));
            FileTree.TryDelete(claimed);
        }
        else
        {
            PutBack(claimed, entry);
        }
    }

    static void PutBack(string claimed, string entry)
    {
        try
        {
            Directory.Move(claimed, entry);
        }
        catch (Exception e) when (FileTree.IsFailure(e))
        {
            // Another build stored the fingerprint meanwhile.
            FileTree.TryDelete(claimed);
        }
    }

    string Entry(string fingerprint) =>
        Path.Combine(Root, Layout, Fingerprint.Validated(fingerprint)[..2], fingerprint);

    string NewTemporaryPath() => Path.Combine(TemporaryRoot, Guid.NewGuid().ToString("N"));
}
