using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reproducible.Tool.Commands;

static class Tables
{
    /// <summary>A table whose headers and cells are plain text: names from the store are never read as markup.</summary>
    public static Table New(params string[] headers)
    {
        var table = new Table().Border(PlainBorder.Instance);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)).Padding(0, 0, 0, 0));
        }

        return table;
    }

    public static Table Row(this Table table, params string[] cells)
    {
        table.AddRow(cells.Select(cell => (IRenderable)new Text(cell)).ToArray());
        return table;
    }

    public static Table RightAligned(this Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].RightAligned();
        }

        return table;
    }

    public static void Show(this Table table, string? heading = null)
    {
        if (heading is not null)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine(heading);
        }

        Terminal.Write(table);
    }
}
