using Reproducible.Tracking.Search;

namespace Reproducible.Tool.Commands;

/// <summary>Reports a filter or an ordering that does not parse, with a caret under the column at fault.</summary>
static class MalformedSearch
{
    public static int Report(string option, string text, FilterSyntaxException error)
    {
        Failure.Report(SearchErrors.Malformed(option == "--filter" ? error.Message : $"{option} {error.Message}"));
        Console.Error.WriteLine($"  {text}");
        Console.Error.WriteLine($"  {Indent(text, error.Column - 1)}^");
        return ExitCodes.Usage;
    }

    // Tabs stay tabs, so that the caret lines up whatever the terminal's tab width.
    static string Indent(string text, int width) =>
        string.Concat(text.Take(Math.Min(width, text.Length)).Select(c => c == '\t' ? '\t' : ' ')) + new string(' ', Math.Max(0, width - text.Length));
}
