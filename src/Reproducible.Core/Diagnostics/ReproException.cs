namespace Reproducible.Core.Diagnostics;

public sealed class ReproException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
