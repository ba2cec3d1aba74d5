namespace Reproducible.Tool.Commands;

/// <summary>A GitHub-flavoured Markdown table, for pull-request comments: the first column left-aligned, the others right.</summary>
static class MarkdownTable
{
    public static string Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(
            [
                Line(headers),
                Line(headers.Select((_, column) => column == 0 ? "---" : "---:")),
                .. rows.Select(Line),
            ]);

    static string Line(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(Escape))} |\n";

    static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
