using System.Diagnostics;
using System.Text.Json;
using Reproducible.Core.Training;

namespace Reproducible.Core.Platform;

public sealed record Interpreter(string Name, string Version, IReadOnlyDictionary<string, string> Packages);

public static class InterpreterProbe
{
    const string PythonScript = """
        import json, sys
        try:
            from importlib import metadata
            packages = {d.metadata["Name"].lower(): d.version for d in metadata.distributions() if d.metadata["Name"]}
        except Exception:
            packages = {}
        print(json.dumps({"version": sys.version.split()[0], "packages": packages}))
        """;

    public static bool IsPython(CommandLine command) =>
        Path.GetFileNameWithoutExtension(command.Program).StartsWith("python", StringComparison.OrdinalIgnoreCase);

    public static Interpreter? Probe(CommandLine command, string workingDirectory)
    {
        if (!IsPython(command))
        {
            return null;
        }

        try
        {
            var info = new ProcessStartInfo(command.Program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(PythonScript);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)) || process.ExitCode != 0)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            using var json = JsonDocument.Parse(output.Result);
            return new Interpreter(
                "python",
                json.RootElement.GetProperty("version").GetString()!,
                json.RootElement.GetProperty("packages").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }
}
