using Reproducible.Core.Diagnostics;

namespace Reproducible.Tool.Commands;

static class Failure
{
    public static int Report(Diagnostic error)
    {
        Console.Error.WriteLine($"error {error}");
        return ExitCodes.Failure;
    }
}
