namespace Reproducible.Core.Diagnostics;

public sealed class CapturingLog(ILog inner) : ILog
{
    readonly List<Diagnostic> errors = [];

    public IReadOnlyList<Diagnostic> Errors => errors;

    public bool HasErrors => inner.HasErrors;

    public void Message(string text) => inner.Message(text);

    public void Warning(Diagnostic diagnostic) => inner.Warning(diagnostic);

    public void Error(Diagnostic diagnostic)
    {
        errors.Add(diagnostic);
        inner.Error(diagnostic);
    }
}
