using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Core.Metrics;
using Reproducible.Core.Training;
using Reproducible.Training;

namespace Reproducible.Core.Runs;

public static class BuildRuns
{
    public static BuildRun Of(TrainingRequest request, TrainingInputs inputs, string fingerprint, string status, string source, DateTimeOffset started, IReadOnlyList<(MetricReport Report, long Time)> metrics, string? error)
    {
        var ended = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var projectName = Path.GetFileNameWithoutExtension(request.ProjectFile);
        return new BuildRun(
            BuildRun.CurrentSchemaVersion,
            Guid.NewGuid().ToString("N"),
            string.IsNullOrWhiteSpace(request.Experiment) ? projectName : request.Experiment,
            $"{projectName}-{fingerprint[..8]}",
            status,
            source,
            started.ToUnixTimeMilliseconds(),
            ended,
            fingerprint,
            error,
            inputs.Parameters,
            metrics.Select(m => new BuildRunMetric(m.Report.Name, m.Report.Value, m.Report.Step ?? 0, m.Time)).ToArray(),
            status == "finished" ? Artifacts(request.ModelDirectory) : [],
            new Dictionary<string, string>
            {
                ["project"] = projectName,
                ["sdk"] = request.SdkVersion ?? "",
                ["seed"] = inputs.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            request.ProjectDirectory);
    }

    public static IReadOnlyList<(MetricReport Report, long Time)> FromFile(string metricsFile)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var metrics = MetricSet.Parse(File.ReadAllText(metricsFile));
        return metrics.Final.Keys
            .SelectMany(name => metrics.History(name).Select(point => (new MetricReport(name, point.Value, point.Step), now)))
            .Concat(metrics.Final.Select(pair => (new MetricReport(pair.Key, pair.Value), now)))
            .ToArray();
    }

    internal static BuildRunArtifact[] Artifacts(string modelDirectory) =>
        ModelDirectory.Files(modelDirectory)
            .Select(file => Path.Combine(modelDirectory, file))
            .Select(path => new BuildRunArtifact(Path.GetRelativePath(modelDirectory, path).Replace('\\', '/'), new FileInfo(path).Length, Sha256File.Compute(path)))
            .ToArray();
}
