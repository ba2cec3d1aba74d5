using System.Diagnostics;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;

namespace Reproducible.Tool.Tuning;

/// <summary>Asks MSBuild for a project's tuning plan: it builds the trainer (without training) and writes the plan.</summary>
static class ProjectPlan
{
    static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(30);

    public static TuningPlan Read(string planFile)
    {
        try
        {
            return TuningPlan.Parse(File.ReadAllText(planFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new ReproException(Errors.UnreadableFile(Path.GetFullPath(planFile), e.Message));
        }
    }

    public static TuningPlan Build(string project, string? configuration)
    {
        var projectFile = ProjectFile(project);
        var planFile = Path.Combine(Path.GetTempPath(), $"repro-tuning-plan-{Guid.NewGuid():N}.json");
        try
        {
            var info = new ProcessStartInfo(DotNet.Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["build", projectFile, "-t:ReproTuningPlan", $"-p:ReproTuningPlanFile={planFile}", "-nologo", "-v:q", .. configuration is { Length: > 0 } ? ["-c", configuration] : Array.Empty<string>()])
                info.ArgumentList.Add(argument);
            Console.WriteLine($"Building {Path.GetFileName(projectFile)} (without training) for its tuning plan…");
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(BuildTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ReproException(Errors.TuningPlanFailed(projectFile, $"dotnet build did not finish within {BuildTimeout.TotalMinutes} minutes."));
            }

            if (process.ExitCode != 0)
                throw new ReproException(Errors.TuningPlanFailed(projectFile, $"dotnet build exited with code {process.ExitCode}:{Environment.NewLine}{Tail(output.Result + errors.Result)}"));
            if (!File.Exists(planFile))
                throw new ReproException(Errors.TuningPlanFailed(projectFile, "the build wrote no plan. Is ReproducibleEnabled false, or does the project reference a Reproducible.Build older than tuning?"));
            return Read(planFile);
        }
        finally
        {
            File.Delete(planFile);
        }
    }

    static string ProjectFile(string project)
    {
        var path = Path.GetFullPath(project);
        if (File.Exists(path))
            return path;
        if (!Directory.Exists(path))
            throw new ReproException(Errors.TuningPlanFailed(path, "there is no such file or folder."));
        return Directory.GetFiles(path, "*.*proj") switch
        {
            [var single] => single,
            [] => throw new ReproException(Errors.TuningPlanFailed(path, "the folder holds no project file. Name the project: dotnet repro tune path/to/Model.csproj")),
            var several => throw new ReproException(Errors.TuningPlanFailed(path, $"the folder holds {several.Length} project files. Name one: dotnet repro tune {Path.GetFileName(several[0])}")),
        };
    }

    static string Tail(string output) =>
        string.Join(Environment.NewLine, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(20).Select(line => "  " + line));
}
