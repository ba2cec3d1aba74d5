using System.Text;

namespace Reproducible.Tracking.Search;

/// <summary>
/// <c>'text'</c> or <c>"text"</c>. Inside, the quote is written twice (<c>'it''s'</c>) or after a backslash
/// (<c>'it\'s'</c>), and <c>\\</c> is one backslash. Any other backslash stays as written, so that a LIKE
/// pattern's escapes (<c>'50\%'</c>) reach the pattern unchanged.
/// </summary>
static class QuotedString
{
    public static Token Read(string text, int start, string subject)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var index = start + 1;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '\0')
            {
                throw NulCharacter.At(index);
            }

            if (c == quote && At(text, index + 1) == quote)
            {
                value.Append(quote);
                index += 2;
            }
            else if (c == quote)
            {
                return new Token(TokenKind.String, text[start..(index + 1)], value.ToString(), start + 1);
            }
            else if (c == '\\' && (At(text, index + 1) == quote || At(text, index + 1) == '\\'))
            {
                value.Append(text[index + 1]);
                index += 2;
            }
            else
            {
                value.Append(c);
                index++;
            }
        }

        throw new FilterSyntaxException(start + 1, $"expected a closing {quote} for the string that starts here, found the end of the {subject}");
    }

    static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
