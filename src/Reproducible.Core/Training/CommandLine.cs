using System.Text;

namespace Reproducible.Core.Training;

public sealed record CommandLine(string Program, IReadOnlyList<string> Arguments)
{
    public override string ToString() => string.Join(' ', Arguments.Prepend(Program).Select(Quote));

    public static CommandLine Parse(string command)
    {
        var words = Split(command);
        return words.Count == 0 ? throw new FormatException("it is empty") : new CommandLine(words[0], words.Skip(1).ToArray());
    }

    static List<string> Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is { } unclosed)
        {
            throw new FormatException($"its {unclosed} quote is never closed");
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    static string Quote(string word) => word.Length > 0 && !word.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? word : $"\"{word}\"";
}
