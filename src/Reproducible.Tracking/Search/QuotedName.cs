namespace Reproducible.Tracking.Search;

/// <summary><c>`roc auc`</c>: a name with characters a bare name cannot have; a back quote inside is written twice.</summary>
static class QuotedName
{
    public static Token Read(string text, int start, string subject)
    {
        var index = start + 1;
        while (index < text.Length)
        {
            if (text[index] == '\0')
            {
                throw NulCharacter.At(index);
            }

            if (text[index] == '`' && index + 1 < text.Length && text[index + 1] == '`')
            {
                index += 2;
            }
            else if (text[index] == '`')
            {
                var written = text[start..(index + 1)];
                var name = written[1..^1].Replace("``", "`", StringComparison.Ordinal);
                return new Token(TokenKind.QuotedName, written, name, start + 1);
            }
            else
            {
                index++;
            }
        }

        throw new FilterSyntaxException(start + 1, $"expected a closing ` for the name that starts here, found the end of the {subject}");
    }
}
