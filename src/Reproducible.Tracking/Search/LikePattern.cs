using System.Text;

namespace Reproducible.Tracking.Search;

/// <summary>
/// A LIKE pattern as the filter language defines it, whatever the database: <c>%</c> is any run of characters,
/// <c>_</c> any one character, and a backslash makes the next character literal (a trailing one is itself literal).
/// </summary>
static class LikePattern
{
    /// <summary>The pattern for <c>LIKE … ESCAPE '\'</c>, with every literal <c>%</c>, <c>_</c> and <c>\</c> escaped.</summary>
    public static string Escaped(string pattern) => Render(pattern, wildcard => wildcard, literal => literal is '%' or '_' or '\\' ? $"\\{literal}" : $"{literal}");

    /// <summary>The pattern for SQLite's GLOB, which, unlike its LIKE, is case-sensitive.</summary>
    public static string Glob(string pattern) => Render(pattern, wildcard => wildcard == '%' ? '*' : '?', literal => literal is '*' or '?' or '[' ? $"[{literal}]" : $"{literal}");

    static string Render(string pattern, Func<char, char> wildcard, Func<char, string> literal)
    {
        var rendered = new StringBuilder(pattern.Length);
        for (var index = 0; index < pattern.Length; index++)
        {
            var c = pattern[index];
            if (c is '%' or '_')
            {
                rendered.Append(wildcard(c));
            }
            else if (c == '\\' && index + 1 < pattern.Length)
            {
                rendered.Append(literal(pattern[++index]));
            }
            else
            {
                rendered.Append(literal(c));
            }
        }

        return rendered.ToString();
    }
}
