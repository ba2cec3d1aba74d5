using System.IO.Compression;
using System.Text;

namespace Reproducible.Core.Packaging;

// Reads a small entry (the envelope, the lock, a key) without trusting its declared size: a crafted
// entry that inflates to gigabytes stops at the limit.
static class ZipEntryText
{
    const int Limit = 16 << 20;

    public static string Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = stream.Read(chunk)) > 0;)
        {
            if (buffer.Length + read > Limit)
            {
                throw new InvalidDataException($"it is larger than {Limit >> 20} MiB");
            }

            buffer.Write(chunk, 0, read);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
