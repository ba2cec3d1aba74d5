namespace Reproducible.Core.Diagnostics;

public interface ILog
{
    bool HasErrors { get; }

    void Message(string text);

    void Warning(Diagnostic diagnostic);

    void Error(Diagnostic diagnostic);
}
