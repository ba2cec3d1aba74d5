using System.Security.Cryptography;

namespace Reproducible.Core.Provenance;

static class Pem
{
    public static IReadOnlyList<string> Labels(string text)
    {
        var labels = new List<string>();
        for (var rest = text.AsSpan(); PemEncoding.TryFind(rest, out var fields); rest = rest[fields.Location.End..])
        {
            labels.Add(rest[fields.Label].ToString());
        }

        return labels;
    }

    // OpenSSL's legacy encryption puts headers in the block, which RFC 7468 (and so .NET) does not read.
    public static bool HasLegacyEncryption(string text) => text.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal);
}
