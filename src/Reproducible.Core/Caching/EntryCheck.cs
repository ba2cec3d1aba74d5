namespace Reproducible.Core.Caching;

static class EntryCheck
{
    public static string? FindDamage(string entry)
    {
        CacheManifest expected;
        try
        {
            expected = CacheManifest.Parse(File.ReadAllText(Path.Combine(entry, CacheManifest.FileName)));
        }
        catch (Exception e) when (e is FormatException || FileTree.IsFailure(e))
        {
            return $"{CacheManifest.FileName} cannot be read: {e.Message}";
        }

        try
        {
            return expected.Difference(CacheManifest.Describe(entry));
        }
        catch (Exception e) when (FileTree.IsFailure(e))
        {
            return $"a file cannot be read: {e.Message}";
        }
    }
}
