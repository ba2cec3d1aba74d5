using System.Diagnostics;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Evaluation;

// The baseline is the model's lock as committed at a git ref: the metrics of the model that is
// already shipped, or already on the main branch.
public static class BaselineReader
{
    public static Baseline Read(string reference, string lockFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(lockFile))!;
        if (Git(directory, "rev-parse", "--verify", "--quiet", reference + "^{commit}") is not (0, _))
        {
            throw new ReproException(Errors.BaselineUnavailable(reference, "no such commit, branch or tag in this repository", lockFile));
        }

        var (exitCode, text) = Git(directory, "show", $"{reference}:./{Path.GetFileName(lockFile)}");
        if (exitCode != 0)
        {
            throw new ReproException(Errors.BaselineUnavailable(reference, $"it has no {Path.GetFileName(lockFile)} beside the project", lockFile));
        }

        return new Baseline(reference, ModelLock.Parse(text, $"{lockFile} at {reference}").Outputs.Metrics);
    }

    static (int ExitCode, string Output) Git(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReproException(Errors.BaselineUnavailable(arguments[^1], $"git could not be started ({e.Message})", directory));
        }
    }
}
