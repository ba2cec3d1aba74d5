using Reproducible.Core.Diagnostics;

namespace Reproducible.Tool.Tuning;

/// <summary>Diagnostics as <c>warning CODE: message</c> lines, which MSBuild's Exec turns into real warnings and errors.</summary>
sealed class ConsoleLog : ILog
{
    readonly Lock gate = new();

    public bool HasErrors { get; private set; }

    public void Message(string text) => Write(Console.Out, text);

    public void Warning(Diagnostic diagnostic) => Write(Console.Out, $"warning {diagnostic}");

    public void Error(Diagnostic diagnostic)
    {
        HasErrors = true;
        Write(Console.Error, $"error {diagnostic}");
    }

    void Write(TextWriter writer, string line)
    {
        lock (gate)
            writer.WriteLine(line);
    }
}
