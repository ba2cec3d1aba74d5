namespace Reproducible.Tool.Tuning;

static class DotNet
{
    /// <summary>The dotnet that runs this tool, so a build it starts uses the same SDK; else the one on PATH.</summary>
    public static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process
        : "dotnet";
}
