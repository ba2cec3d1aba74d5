using System.Diagnostics;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Packaging;

// `dotnet build -t:Train` with the determinism check on, for `verify --rebuild`: it trains even when
// the model is up to date or cached, so what is compared was really trained again.
public static class VerificationBuild
{
    static readonly Lock Gate = new();

    public static string Train(string project, TextWriter log)
    {
        var (folder, arguments) = Directory.Exists(project) ? (project, Array.Empty<string>()) : (Path.GetDirectoryName(Path.GetFullPath(project))!, [Path.GetFullPath(project)]);
        string[] build = ["build", .. arguments, "-t:Train", "-p:ReproVerifyDeterminism=true", "-nologo", "-nodeReuse:false"];
        var (exitCode, _) = Run(build, folder, log);
        if (exitCode != 0)
        {
            throw new ReproException(Errors.RebuildDiffers($"'dotnet {string.Join(' ', build)}' failed (exit code {exitCode}); its output is above"));
        }

        var (propertyExit, modelPath) = Run(["msbuild", .. arguments, "-getProperty:ModelOutputPath", "-nologo", "-nodeReuse:false"], folder, log: null);
        return propertyExit == 0 && modelPath.Trim() is { Length: > 0 } path
            ? Path.GetFullPath(path, folder)
            : throw new ReproException(Errors.RebuildDiffers("the project does not say where its model is (ModelOutputPath)"));
    }

    // Output goes to the log (standard error in the tool, so that --json stays parseable), or is
    // returned when there is no log.
    static (int ExitCode, string Output) Run(string[] arguments, string folder, TextWriter? log)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(info)!;
        var captured = new StringWriter();
        var stdout = log ?? captured;
        var stderr = log ?? TextWriter.Null;
        var closed = new CountdownEvent(2);
        process.OutputDataReceived += (_, e) => Forward(e.Data, stdout, closed);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, stderr, closed);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Not WaitForExit(): without a timeout it also waits for the pipes to close, which a compiler
        // server the build started may keep open long after the build ended.
        process.WaitForExit(int.MaxValue);
        closed.Wait(TimeSpan.FromSeconds(10));
        lock (Gate)
        {
            return (process.ExitCode, captured.ToString());
        }
    }

    static void Forward(string? line, TextWriter writer, CountdownEvent closed)
    {
        if (line is null)
        {
            closed.Signal();
            return;
        }

        lock (Gate)
        {
            writer.WriteLine(line);
        }
    }
}
