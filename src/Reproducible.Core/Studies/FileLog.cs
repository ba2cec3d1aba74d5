using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Studies;

/// <summary>A trial's output goes to its own file: trials running side by side would garble a shared console.</summary>
sealed class FileLog(string path) : ILog, IDisposable
{
    readonly StreamWriter writer = new(path, append: false) { AutoFlush = true };

    public Diagnostic? FirstError { get; private set; }

    public bool HasErrors => FirstError is not null;

    public void Message(string text) => writer.WriteLine(text);

    public void Warning(Diagnostic diagnostic) => writer.WriteLine($"warning {diagnostic}");

    public void Error(Diagnostic diagnostic)
    {
        FirstError ??= diagnostic;
        writer.WriteLine($"error {diagnostic}");
    }

    public void Dispose() => writer.Dispose();
}
