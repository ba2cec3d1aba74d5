namespace Reproducible.Tracking.Search;

static class FieldName
{
    public static bool IsBare(string name) =>
        name.Length > 0 && IsStart(name[0]) && name.All(IsPart);

    public static bool IsStart(char c) => char.IsAsciiLetter(c) || c == '_';

    public static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    public static string Quoted(string name) => IsBare(name) ? name : $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";
}
