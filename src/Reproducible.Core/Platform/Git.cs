using System.Diagnostics;

namespace Reproducible.Core.Platform;

public static class Git
{
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result);
    }
}
