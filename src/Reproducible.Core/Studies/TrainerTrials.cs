using Reproducible.Core.Runs;
using Reproducible.Core.Training;
using Reproducible.Core.Tuning;
using Reproducible.Training;

namespace Reproducible.Core.Studies;

/// <summary>Runs each trial as a real training of the project, in its own folder under the study's.</summary>
public sealed class TrainerTrials(TuningPlan plan, string studyDirectory, string metric) : ITrialRunner
{
    // Ctrl+C in a terminal signals the trainers as well as the tool, and a trainer may die of it before the
    // tool has cancelled the study: a trial that fails this close to a cancellation was interrupted, not broken.
    static readonly TimeSpan InterruptionGrace = TimeSpan.FromMilliseconds(250);

    public TrialResult Run(int number, IReadOnlyDictionary<string, string> parameters, Func<int, double, bool> shouldPrune, CancellationToken cancellation)
    {
        var directory = Path.Combine(studyDirectory, $"trial-{number}");
        Directory.CreateDirectory(directory);
        var logFile = Path.Combine(directory, "train.log");
        var request = Request(directory, parameters);
        var reports = new List<(MetricReport Report, long Time)>();
        using var pruning = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        double? lastIntermediate = null;
        void OnReport(MetricReport report)
        {
            reports.Add((report, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            if (report.Name != metric || report.Step is not { } step || !double.IsFinite(report.Value) || pruning.IsCancellationRequested)
                return;
            lastIntermediate = report.Value;
            if (shouldPrune((int)Math.Clamp(step, 0, int.MaxValue), report.Value))
                pruning.Cancel();
        }

        using var log = new FileLog(logFile);
        try
        {
            if (ModelTrainer.Train(request, log, pruning.Token, OnReport) is { } trained)
                return new TrialResult(TrialState.Complete, trained.Metrics.Final.TryGetValue(metric, out var value) ? value : null, reports, null, BuildRuns.Artifacts(request.ModelDirectory)) { LogFile = logFile };
            return new TrialResult(TrialState.Failed, null, reports, log.FirstError?.ToString() ?? "the trainer failed.")
            {
                LogFile = logFile,
                Interrupted = cancellation.WaitHandle.WaitOne(InterruptionGrace),
            };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            log.Message("Pruned: the study stopped this trial, which fell behind the median of the finished ones.");
            return new TrialResult(TrialState.Pruned, lastIntermediate, reports) { LogFile = logFile };
        }
        catch (OperationCanceledException)
        {
            return new TrialResult(TrialState.Failed, null, reports, "the study was interrupted.") { LogFile = logFile, Interrupted = true };
        }
    }

    TrainingRequest Request(string directory, IReadOnlyDictionary<string, string> parameters) => new(
        plan.ProjectFile,
        plan.Data,
        [.. plan.Hyperparameters.Where(parameter => !parameters.ContainsKey(parameter.Name)).Select(parameter => new ParameterItem(parameter.Name, parameter.Value)),
         .. parameters.Select(pair => new ParameterItem(pair.Key, pair.Value))],
        plan.Seed,
        plan.TrainCommand,
        plan.TrainerAssembly,
        plan.DotNetHost,
        directory,
        Path.Combine(directory, "model"),
        Path.Combine(directory, "metrics.json"),
        plan.PythonHelperDirectory);
}
