using Reproducible.Testing;

namespace Reproducible.Tool.Tests;

static class Repro
{
    static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "dotnet-repro.dll");

    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        Command.Run("dotnet", [Tool, .. arguments], workingDirectory);
}
