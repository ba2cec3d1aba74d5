using System.Diagnostics;
using System.Text.RegularExpressions;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;

namespace Reproducible.Core.Runs;

public sealed record RecordingOptions(string ToolAssembly, string DotNetHost, string WorkDirectory, string? Store);

// Hands a run to `dotnet repro runs record` out of process. Tracking never fails a build: whatever
// goes wrong here is a warning, and a store that is down gets the run spooled by the tool.
public static partial class RunRecorder
{
    public static void Record(BuildRun run, RecordingOptions options, ILog log)
    {
        var file = Path.Combine(options.WorkDirectory, "runs", run.Id + ".json");
        AtomicFile.WriteIfChanged(file, run.ToJson());
        var info = new ProcessStartInfo(options.DotNetHost) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", options.ToolAssembly, "runs", "record", file }.Concat(options.Store is { Length: > 0 } store ? ["--store", store] : []))
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                log.Warning(Errors.RunNotRecorded(run.Id, "the tool did not answer within a minute", file));
                return;
            }

            foreach (Match line in DiagnosticLine().Matches(output.Result + errors.Result))
            {
                log.Warning(new Diagnostic(line.Groups["code"].Value, line.Groups["message"].Value.TrimEnd()));
            }

            if (process.ExitCode == 0)
            {
                File.Delete(file);
                log.Message($"Recorded run {run.Id} ({run.Status}) in experiment '{run.Experiment}'.");
            }
            else
            {
                log.Warning(Errors.RunNotRecorded(run.Id, $"the tool exited with code {process.ExitCode}", file));
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.Warning(Errors.RunNotRecorded(run.Id, e.Message, file));
        }
    }

    [GeneratedRegex(@"^(?:error|warning) (?<code>REPRO\d{4}): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
