using Spectre.Console;

namespace Reproducible.Tool.Commands;

static class Terminal
{
    // Piped output is read by people and scripts alike: no wrapping at an assumed 80 columns.
    const int PipeWidth = 4096;

    /// <summary>Writes <paramref name="table"/> as plain text (no colors, no trailing spaces), wrapped to the terminal's width if there is one.</summary>
    public static void Write(Table table) => Console.Out.Write(Text(table, Console.IsOutputRedirected ? PipeWidth : AnsiConsole.Profile.Width));

    static string Text(Table table, int width)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = width;
        console.Write(table);
        // The border's empty top and bottom rows render as blank lines.
        var lines = text.ToString().ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).ToList();
        return string.Concat(lines.SkipWhile(line => line.Length == 0).Reverse().SkipWhile(line => line.Length == 0).Reverse().Select(line => line + "\n"));
    }
}
