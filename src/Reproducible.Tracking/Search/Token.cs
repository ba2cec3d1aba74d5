namespace Reproducible.Tracking.Search;

/// <summary><see cref="Text"/> is as written; <see cref="Value"/> is a string's or a quoted name's content, unescaped.</summary>
readonly record struct Token(TokenKind Kind, string Text, string Value, int Column)
{
    public int EndColumn => Column + Text.Length;

    public bool IsKeyword(string keyword) => Kind is TokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsAnyKeyword => Keywords.Any(IsKeyword);

    public string Described => Kind switch
    {
        TokenKind.String => $"the string {Text}",
        TokenKind.Number => $"the number {Text}",
        _ => $"'{Text}'",
    };

    static readonly string[] Keywords = ["and", "or", "not", "in", "like", "ilike", "asc", "desc"];
}
