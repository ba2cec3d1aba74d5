using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Tests;

sealed class RecordingLog : ILog
{
    public List<string> Messages { get; } = [];

    public List<Diagnostic> Warnings { get; } = [];

    public List<Diagnostic> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public IEnumerable<string> ErrorCodes => Errors.Select(error => error.Code);

    public void Message(string text) => Messages.Add(text);

    public void Warning(Diagnostic diagnostic) => Warnings.Add(diagnostic);

    public void Error(Diagnostic diagnostic) => Errors.Add(diagnostic);
}
