using System.Text;

namespace Reproducible.Core.Hashing;

public sealed record DirectoryDigest(string Digest, IReadOnlyList<(string RelativePath, string Digest)> Files)
{
    public static DirectoryDigest Of(IEnumerable<(string RelativePath, string Digest)> files)
    {
        var sorted = files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToArray();
        return new(Sha256File.Compute(Encoding.UTF8.GetBytes(Manifest(sorted))), sorted);
    }

    // sha256sum's own output format, so a folder's digest can be checked by hand with sha256sum.
    public static string Manifest(IEnumerable<(string RelativePath, string Digest)> sortedFiles) =>
        string.Concat(sortedFiles.Select(file => $"{file.Digest}  {file.RelativePath}\n"));
}
