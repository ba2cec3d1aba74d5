namespace Reproducible.Tracking.Search;

enum TokenKind
{
    Word,
    QuotedName,
    String,
    Number,
    Comparator,
    LeftParenthesis,
    RightParenthesis,
    Comma,
    Unexpected,
    End,
}
