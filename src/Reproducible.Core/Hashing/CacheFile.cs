using System.Security.Cryptography;
using System.Text;
using Reproducible.Core.IO;

namespace Reproducible.Core.Hashing;

// Magic, version, entry count, the entries, then a SHA-256 of all of that, so a torn or damaged file is never half-trusted.
static class CacheFile
{
    const int Magic = 0x48535052; // "RPSH"
    const int Version = 1;
    const int DigestLength = 32;

    public static Dictionary<string, CacheEntry> Read(string path)
    {
        try
        {
            return Parse(ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return new(StringComparer.Ordinal);
        }
    }

    public static void Write(string path, IReadOnlyCollection<KeyValuePair<string, CacheEntry>> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(entries.Count);
            foreach (var (file, entry) in entries)
            {
                writer.Write(file);
                writer.Write(entry.Stat.Size);
                writer.Write(entry.Stat.ModifiedNs);
                writer.Write(entry.Stat.ChangedNs);
                writer.Write(entry.Stat.Inode);
                writer.Write(entry.HashedNs);
                writer.Write(Convert.FromHexString(entry.Digest));
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        AtomicFile.Write(path, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    static Dictionary<string, CacheEntry> Parse(byte[] bytes)
    {
        var body = bytes.Length >= DigestLength ? bytes.AsSpan(0, bytes.Length - DigestLength) : [];
        if (body.IsEmpty || !SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            return new(StringComparer.Ordinal);
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            return new(StringComparer.Ordinal);
        }

        var count = reader.ReadInt32();
        var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = reader.ReadString();
            var stat = new FileStat(FileKind.File, reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
            entries[file] = new CacheEntry(stat, reader.ReadInt64(), Convert.ToHexStringLower(reader.ReadBytes(DigestLength)));
        }

        return entries;
    }

    // Sharing Delete lets another build rename its new cache over this one while it is being read, on Windows too.
    static byte[] ReadAllBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
