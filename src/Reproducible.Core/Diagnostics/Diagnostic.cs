namespace Reproducible.Core.Diagnostics;

public sealed record Diagnostic(string Code, string Message, string? File = null)
{
    public override string ToString() => $"{Code}: {Message}";
}
