using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reproducible.Tool.Commands;

/// <summary>
/// Columns two spaces apart under a line of dashes, as <c>docker ps</c> prints them: what a table looks like
/// piped into a file, <c>grep</c> or a test, where box-drawing characters and padding only get in the way.
/// </summary>
sealed class PlainBorder : TableBorder
{
    public static PlainBorder Instance { get; } = new();

    public override string GetPart(TableBorderPart part) => part switch
    {
        TableBorderPart.HeaderBottom => "-",
        TableBorderPart.HeaderTopSeparator or TableBorderPart.HeaderSeparator or TableBorderPart.HeaderBottomSeparator or TableBorderPart.CellSeparator => "  ",
        _ => "",
    };
}
