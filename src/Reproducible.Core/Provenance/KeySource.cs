namespace Reproducible.Core.Provenance;

// How an error names where a key came from. A value that does not look like a path may be key
// material pasted without its PEM armour, so it is never echoed.
static class KeySource
{
    public static bool IsPemText(string pathOrPem) => pathOrPem.Contains("-----BEGIN", StringComparison.Ordinal);

    public static string Describe(string pathOrPem) =>
        IsPemText(pathOrPem) ? "given as PEM text"
        : LooksLikePath(pathOrPem) ? $"'{pathOrPem}'"
        : "given (not shown, in case it is key material)";

    static bool LooksLikePath(string value) =>
        value.Length <= 1024
        && !value.Any(char.IsWhiteSpace)
        && (value.Contains('.', StringComparison.Ordinal) || value.StartsWith('/') || value.StartsWith('~') || Path.IsPathFullyQualified(value));
}
