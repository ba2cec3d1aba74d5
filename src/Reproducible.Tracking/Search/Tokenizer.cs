namespace Reproducible.Tracking.Search;

/// <summary>
/// Splits a filter into tokens, lazily, so that the parser reports the first thing wrong: what the tokenizer
/// cannot read becomes an <see cref="TokenKind.Unexpected"/> token; only an unclosed quote is its own error.
/// </summary>
static class Tokenizer
{
    public static IEnumerable<Token> Tokens(string text, string subject)
    {
        var index = 0;
        while (true)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            if (index == text.Length)
            {
                yield return new Token(TokenKind.End, "", "", index + 1);
                yield break;
            }

            var token = Next(text, index, subject);
            index += token.Text.Length;
            yield return token;
        }
    }

    static Token Next(string text, int index, string subject) => text[index] switch
    {
        '(' => Symbol(TokenKind.LeftParenthesis, text, index, 1),
        ')' => Symbol(TokenKind.RightParenthesis, text, index, 1),
        ',' => Symbol(TokenKind.Comma, text, index, 1),
        '=' => Symbol(TokenKind.Comparator, text, index, 1),
        '!' when At(text, index + 1) == '=' => Symbol(TokenKind.Comparator, text, index, 2),
        '<' or '>' => Symbol(TokenKind.Comparator, text, index, At(text, index + 1) == '=' ? 2 : 1),
        '\'' or '"' => QuotedString.Read(text, index, subject),
        '`' => QuotedName.Read(text, index, subject),
        var c when FieldName.IsStart(c) => Word(text, index),
        _ when NumberLiteral.Length(text, index) is > 0 and var length => Symbol(TokenKind.Number, text, index, length),
        _ => Symbol(TokenKind.Unexpected, text, index, char.IsSurrogatePair(text, index) ? 2 : 1),
    };

    static Token Word(string text, int index)
    {
        var end = index + 1;
        while (end < text.Length && FieldName.IsPart(text[end]))
        {
            end++;
        }

        return Symbol(TokenKind.Word, text, index, end - index);
    }

    static Token Symbol(TokenKind kind, string text, int index, int length)
    {
        var symbol = text.Substring(index, length);
        return new Token(kind, symbol, symbol, index + 1);
    }

    static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
