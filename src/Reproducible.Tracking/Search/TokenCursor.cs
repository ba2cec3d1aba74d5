namespace Reproducible.Tracking.Search;

/// <summary>The parsers' position in the tokens, and the errors that name what was expected there.</summary>
sealed class TokenCursor
{
    readonly IEnumerator<Token> tokens;
    readonly string subject;

    public TokenCursor(string text, string subject)
    {
        tokens = Tokenizer.Tokens(text, subject).GetEnumerator();
        this.subject = subject;
        tokens.MoveNext();
    }

    public Token Current => tokens.Current;

    /// <summary>Moves past the current token, unless it is the end.</summary>
    public Token Take()
    {
        var token = Current;
        if (token.Kind is not TokenKind.End)
        {
            tokens.MoveNext();
        }

        return token;
    }

    public bool TakeKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        Take();
        return true;
    }

    public FilterSyntaxException Expected(string expected) => Expected(expected, Current);

    public FilterSyntaxException Expected(string expected, Token found) => new(found.Column, $"expected {expected}, found {Described(found)}");

    public string Described(Token token) => token.Kind is TokenKind.End ? $"the end of the {subject}" : token.Described;
}
