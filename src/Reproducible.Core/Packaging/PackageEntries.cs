using System.IO.Compression;
using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Packaging;

// The package's entries by unescaped name, each hashed straight from the archive: nothing is ever
// extracted, so no entry name can make the verifier write anywhere.
sealed class PackageEntries
{
    readonly Dictionary<string, ZipArchiveEntry> files = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> digests = new(StringComparer.Ordinal);
    readonly List<VerificationFinding> problems = [];

    PackageEntries()
    {
    }

    public IReadOnlyDictionary<string, string> Digests => digests;

    public IReadOnlyList<VerificationFinding> Problems => problems;

    public ZipArchiveEntry? Find(string path) => files.GetValueOrDefault(path);

    public static PackageEntries Read(ZipArchive zip)
    {
        var entries = new PackageEntries();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            var name = PackageEntryName.Unescape(entry.FullName);
            if (PackageEntryName.Problem(entry.FullName) is { } problem)
            {
                entries.Refuse(entry.FullName, problem);
            }
            else if (!seen.Add(name.TrimEnd('/')))
            {
                entries.Refuse(entry.FullName, "another entry has the same name (letter case aside), so tools could disagree on which one the package holds");
            }
            else if (!name.EndsWith('/'))
            {
                entries.files[name] = entry;
            }
        }

        if (entries.problems.Count == 0)
        {
            foreach (var (name, entry) in entries.files)
            {
                entries.Hash(name, entry);
            }
        }

        return entries;
    }

    void Hash(string name, ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            digests[name] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            Refuse(entry.FullName, $"it cannot be read ({e.Message})");
        }
    }

    void Refuse(string entryName, string problem) =>
        problems.Add(VerificationFinding.Fail($"entry '{Printable(entryName)}'", Errors.UnsafePackageEntry(problem)));

    // A crafted name must not be able to drive the terminal that shows it.
    static string Printable(string name) => new([.. name.Select(c => char.IsControl(c) ? '?' : c)]);
}
