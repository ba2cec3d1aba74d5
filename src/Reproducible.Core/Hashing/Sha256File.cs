using System.Buffers;
using System.Security.Cryptography;

namespace Reproducible.Core.Hashing;

public static class Sha256File
{
    const int ChunkSize = 1 << 20;

    // Unbuffered reads into one pooled chunk: large files go through in few system calls, and
    // hashing many small files allocates nothing.
    public static string Compute(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long offset = 0;
            for (int read; (read = RandomAccess.Read(handle, chunk, offset)) > 0; offset += read)
            {
                sha.AppendData(chunk, 0, read);
            }

            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    public static string Compute(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
