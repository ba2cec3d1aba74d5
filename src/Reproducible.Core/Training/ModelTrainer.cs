using System.Diagnostics;
using System.Globalization;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;
using Reproducible.Core.Metrics;
using Reproducible.Training;

namespace Reproducible.Core.Training;

public static class ModelTrainer
{
    const int ErrorTailLines = 20;

    public static TrainingResult? Train(TrainingRequest request, ILog log, CancellationToken cancellation = default, Action<MetricReport>? onReport = null)
    {
        if (TrainingInputs.Resolve(request, log) is { } inputs)
        {
            return Train(request, inputs, log, cancellation, onReport);
        }

        Discard(request);
        return null;
    }

    public static TrainingResult? Train(TrainingRequest request, TrainingInputs inputs, ILog log, CancellationToken cancellation = default, Action<MetricReport>? onReport = null)
    {
        try
        {
            var result = Run(request, inputs, log, cancellation, onReport);
            if (result is null)
            {
                Discard(request);
            }

            return result;
        }
        catch
        {
            Discard(request);
            throw;
        }
    }

    static TrainingResult? Run(TrainingRequest request, TrainingInputs inputs, ILog log, CancellationToken cancellation, Action<MetricReport>? onReport)
    {
        var outputDirectory = Path.Combine(request.WorkDirectory, "out");
        ModelDirectory.Reset(outputDirectory);
        var contextFile = Path.Combine(request.WorkDirectory, "context.json");
        AtomicFile.WriteIfChanged(contextFile, new RunContext(inputs.Seed, inputs.Parameters, inputs.Data, outputDirectory).ToJson());

        var metrics = new MetricSet();
        var received = new List<(MetricReport, long)>();
        var errorTail = new Queue<string>();
        var malformed = false;
        var stdoutLine = 0;
        void OnLine(TrainerLine line)
        {
            if (line.IsError)
            {
                log.Message(line.Text);
                errorTail.Enqueue(line.Text);
                if (errorTail.Count > ErrorTailLines)
                {
                    errorTail.Dequeue();
                }

                return;
            }

            stdoutLine++;
            if (!line.Text.StartsWith(RunProtocol.MessagePrefix, StringComparison.Ordinal))
            {
                log.Message(line.Text);
                return;
            }

            try
            {
                var report = MetricReport.Parse(line.Text[RunProtocol.MessagePrefix.Length..]);
                metrics.Add(report);
                received.Add((report, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                onReport?.Invoke(report);
            }
            catch (FormatException e)
            {
                malformed = true;
                log.Error(Errors.MalformedMessage(stdoutLine, line.Text, e.Message, request.ProjectFile));
            }
        }

        log.Message($"Training: {inputs.Command}");
        var clock = Stopwatch.StartNew();
        int exitCode;
        try
        {
            exitCode = TrainerProcess.Run(inputs.Command, request.ProjectDirectory, Environment(request, inputs, contextFile, outputDirectory), OnLine, cancellation);
        }
        catch (TrainerStartException e)
        {
            log.Error(Errors.TrainerNotStarted(e.Program, e.Reason, request.ProjectFile));
            return null;
        }

        if (exitCode != 0)
        {
            log.Error(Errors.TrainerFailed(exitCode, errorTail, request.ProjectFile));
            return null;
        }

        if (malformed)
        {
            return null;
        }

        if (ModelDirectory.Files(outputDirectory).Count == 0)
        {
            log.Error(Errors.NoModelFiles(outputDirectory, request.ProjectFile));
            return null;
        }

        var modelFiles = ModelDirectory.Publish(outputDirectory, request.ModelDirectory);
        AtomicFile.WriteIfChanged(request.MetricsFile, metrics.ToJson());
        log.Message(Summary(modelFiles.Count, metrics, clock.Elapsed));
        return new TrainingResult(modelFiles, request.MetricsFile, metrics, clock.Elapsed, received);
    }

    static Dictionary<string, string> Environment(TrainingRequest request, TrainingInputs inputs, string contextFile, string outputDirectory)
    {
        var environment = new Dictionary<string, string>
        {
            [RunProtocol.VersionVariable] = RunProtocol.Version.ToString(CultureInfo.InvariantCulture),
            [RunProtocol.ContextVariable] = contextFile,
            [RunProtocol.OutputDirectoryVariable] = outputDirectory,
            [RunProtocol.SeedVariable] = inputs.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (request.PythonHelperDirectory is { Length: > 0 } helper)
        {
            var existing = System.Environment.GetEnvironmentVariable("PYTHONPATH");
            environment["PYTHONPATH"] = string.IsNullOrEmpty(existing) ? helper : helper + Path.PathSeparator + existing;
            // Byte code would otherwise land beside the helper, inside the shared NuGet package folder.
            SetUnlessDefined(environment, "PYTHONPYCACHEPREFIX", Path.Combine(request.WorkDirectory, "pycache"));
            // A piped Python buffers print(); unbuffered, its lines reach the build log as they are written.
            SetUnlessDefined(environment, "PYTHONUNBUFFERED", "1");
        }

        return environment;
    }

    static void SetUnlessDefined(Dictionary<string, string> environment, string name, string value)
    {
        if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(name)))
        {
            environment[name] = value;
        }
    }

    static string Summary(int modelFiles, MetricSet metrics, TimeSpan duration) =>
        $"Trained in {duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s: {modelFiles} model file{(modelFiles == 1 ? "" : "s")}"
        + (metrics.Final.Count == 0 ? "" : ", " + string.Join(", ", metrics.Final.Select(m => $"{m.Key} = {m.Value.ToString("G4", CultureInfo.InvariantCulture)}")));

    public static void Discard(TrainingRequest request)
    {
        ModelDirectory.Remove(request.ModelDirectory);
        AtomicFile.Delete(request.MetricsFile);
        ModelDirectory.Remove(Path.Combine(request.WorkDirectory, "out"));
    }
}
