namespace Reproducible.Core.Caching;

static class EntryPath
{
    public static bool IsInside(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Contains('\\', StringComparison.Ordinal)
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));
}
