namespace Reproducible.Core.Packaging;

// A package is untrusted input: an entry name that could point outside a folder it were extracted to,
// or that two tools could read as two different files, is refused before anything is read.
public static class PackageEntryName
{
    // NuGet escapes entry names as URIs ("my%20model.json"); the name a consumer sees is the unescaped one.
    public static string Unescape(string entryName) => Uri.UnescapeDataString(entryName);

    public static string? Problem(string entryName) => Check(entryName) ?? Check(Unescape(entryName));

    static string? Check(string name) =>
        name.Length == 0 ? "it is empty"
        : name.Contains('\\', StringComparison.Ordinal) ? "it has a backslash"
        : name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) ? "it is an absolute path"
        : name.Any(char.IsControl) ? "it has a control character"
        : name.Split('/') is var segments && segments.Contains("..") ? "it has a '..' segment"
        : segments.SkipLast(1).Any(segment => segment is "" or ".") || segments[^1] == "." ? "it has an empty or '.' segment"
        : null;
}
