using System.Collections.Concurrent;

namespace Reproducible.Core.Hashing;

public sealed class FileHasher
{
    readonly string cacheFile;
    readonly TimeProvider clock;
    readonly Func<string, FileStat> stat;
    readonly ConcurrentDictionary<string, CacheEntry> used = new(StringComparer.Ordinal);
    Dictionary<string, CacheEntry> saved;
    long bytesHashed;
    int filesHashed;
    volatile bool rehashed;

    FileHasher(string cacheFile, Dictionary<string, CacheEntry> saved, TimeProvider clock, Func<string, FileStat> stat)
    {
        this.cacheFile = cacheFile;
        this.saved = saved;
        this.clock = clock;
        this.stat = stat;
    }

    public long BytesHashed => Interlocked.Read(ref bytesHashed);

    public int FilesHashed => Volatile.Read(ref filesHashed);

    public static FileHasher Load(string cacheFile) => Load(cacheFile, TimeProvider.System, FileStat.Read);

    internal static FileHasher Load(string cacheFile, TimeProvider clock, Func<string, FileStat> stat) =>
        new(cacheFile, CacheFile.Read(cacheFile), clock, stat);

    public string HashFile(string path)
    {
        var file = Path.GetFullPath(path);
        try
        {
            return Hash(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputError.Unreadable(file, e);
        }
    }

    public DirectoryDigest HashDirectory(string path)
    {
        var directory = Path.GetFullPath(path);
        var kind = Existing(directory).Kind;
        return kind == FileKind.Directory
            ? DirectoryDigest.Of(FolderFiles.Below(directory).Select(file => (Relative(directory, file), HashFile(file))))
            : throw InputError.WrongKind(directory, kind);
    }

    // Keeps only the entries used in this session, so files that are no longer inputs do not accumulate.
    public bool Save()
    {
        if (!rehashed && used.Count == saved.Count)
        {
            return false;
        }

        var entries = used.ToArray();
        CacheFile.Write(cacheFile, entries);
        saved = new Dictionary<string, CacheEntry>(entries, StringComparer.Ordinal);
        rehashed = false;
        return true;
    }

    string Hash(string file)
    {
        // Taken before the file is looked at, so that a write racing with the hashing is always inside the racy window.
        var hashedNs = FileStat.ToUnixNs(clock.GetUtcNow());
        var current = Existing(file);
        if (current.Kind != FileKind.File)
        {
            throw InputError.WrongKind(file, current.Kind);
        }

        if ((used.TryGetValue(file, out var entry) || saved.TryGetValue(file, out entry)) && entry.IsTrustedFor(current))
        {
            used[file] = entry;
            return entry.Digest;
        }

        var digest = Sha256File.Compute(file);
        Interlocked.Add(ref bytesHashed, current.Size);
        Interlocked.Increment(ref filesHashed);
        used[file] = new CacheEntry(current, hashedNs, digest);
        rehashed = true;
        return digest;
    }

    FileStat Existing(string path)
    {
        FileStat current;
        try
        {
            current = stat(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputError.Unreadable(path, e);
        }

        return current.Kind == FileKind.Missing ? throw InputError.Missing(path) : current;
    }

    static string Relative(string directory, string file) =>
        Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
}
