namespace Reproducible.Core.Diagnostics;

public sealed record Diagnostic(string Code, string Message, string? File = null, int Line = 0)
{
    public override string ToString() => $"{Code}: {Message}";
}
