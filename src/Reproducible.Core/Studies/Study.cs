using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <summary>
/// Runs a study's trials, <see cref="StudyOptions.Parallel"/> at a time: asks the sampler for parameters, trains, prunes
/// trials that fall behind, and journals every trial so an interrupted study can resume.
/// </summary>
public sealed class Study(StudyOptions options, SearchSpace space, ISampler sampler, MedianPruner? pruner, ITrialRunner runner, IStudyJournal journal, ILog log)
{
    // Two locks: the history (the sampler, the pruner) must never wait on the journal's I/O, which may be a remote store.
    readonly Lock gate = new();
    readonly Lock journalGate = new();
    readonly List<Trial> history = [];
    int nextNumber;
    int toStart;
    string? stoppedBecause;
    ExceptionDispatchInfo? journalFailure;

    public StudyOutcome Run(CancellationToken cancellation = default)
    {
        var (previous, next) = journal.Open(options, space);
        history.AddRange(previous);
        nextNumber = next;
        toStart = Math.Max(0, options.Trials - previous.Count);
        if (previous.Count > 0)
            log.Message($"Resuming study '{options.Name}': {previous.Count} trial{Plural(previous.Count)} finished before, {toStart} to run.");
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Clamp(toStart, 1, options.Parallel))
            .Select(_ => Task.Factory.StartNew(() => Work(clock, cancellation), TaskCreationOptions.LongRunning))
            .ToArray();
        Task.WaitAll(workers);
        var finished = history.Where(trial => trial.State != TrialState.Running).OrderBy(trial => trial.Number).ToList();
        var outcome = new StudyOutcome(finished, Best(finished), cancellation.IsCancellationRequested || journalFailure is not null, stoppedBecause) { Session = (finished.Count - previous.Count, clock.Elapsed) };
        Journal(() => journal.Close(outcome));
        journalFailure?.Throw();
        return outcome;
    }

    // A journal that fails (the store went away) stops the study: no new trial starts, the running ones finish, and the
    // error surfaces once, after the journal was given the chance to close the study.
    void Journal(Action write)
    {
        lock (journalGate)
        {
            try
            {
                write();
            }
            catch (Exception e) when (journalFailure is null)
            {
                journalFailure = ExceptionDispatchInfo.Capture(e);
                lock (gate)
                    stoppedBecause ??= $"the run store failed: {e.Message}";
            }
            catch (Exception)
            {
                // The first failure is the one reported; later ones are its consequences.
            }
        }
    }

    void Work(Stopwatch clock, CancellationToken cancellation)
    {
        while (Next(clock, cancellation) is { } trial)
        {
            Journal(() => journal.TrialStarted(trial));
            var intermediate = new Dictionary<int, double>();
            var started = clock.Elapsed;
            TrialResult result;
            try
            {
                result = runner.Run(trial.Number, ParameterValues.Format(trial.Parameters), (step, value) => ShouldPrune(trial, intermediate, step, value), cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = new TrialResult(TrialState.Failed, null, [], $"{e.GetType().Name}: {e.Message}");
            }

            End(trial, intermediate, Checked(result), clock.Elapsed - started);
        }
    }

    Trial? Next(Stopwatch clock, CancellationToken cancellation)
    {
        lock (gate)
        {
            if (cancellation.IsCancellationRequested || toStart == 0 || stoppedBecause is not null)
                return null;
            if (options.Timeout is { } timeout && clock.Elapsed >= timeout)
            {
                stoppedBecause = $"the timeout of {timeout} passed";
                return null;
            }

            IReadOnlyDictionary<string, object> suggested;
            try
            {
                suggested = sampler.Suggest(space, history, new Random(unchecked(options.Seed * 7919 + nextNumber)));
            }
            catch (SearchSpaceExhaustedException e)
            {
                stoppedBecause = e.Message;
                return null;
            }

            var trial = new Trial(nextNumber++, AsTrainerSeesThem(suggested), TrialState.Running);
            toStart--;
            history.Add(trial);
            log.Message($"Trial {trial.Number} started: {Describe(trial.Parameters)}");
            return trial;
        }
    }

    // The trial holds the values exactly as the trainer and the project receive them: text, parsed back.
    IReadOnlyDictionary<string, object> AsTrainerSeesThem(IReadOnlyDictionary<string, object> suggested) =>
        space.Parameters.ToDictionary(
            parameter => parameter.Name,
            parameter => ParameterValues.Parse(parameter, ParameterValues.Format(suggested[parameter.Name])) ?? suggested[parameter.Name]);

    bool ShouldPrune(Trial trial, Dictionary<int, double> intermediate, int step, double value)
    {
        lock (gate)
        {
            intermediate[step] = value;
            var current = Replace(trial with { IntermediateValues = new Dictionary<int, double>(intermediate) });
            return pruner is not null && pruner.ShouldPrune(current, step, history, options.Direction);
        }
    }

    TrialResult Checked(TrialResult result) =>
        result.State != TrialState.Complete ? result
        : result.Value is not { } value ? result with { State = TrialState.Failed, Error = $"it reported no value of '{options.Metric}' (it reported {Reported(result)})." }
        : double.IsFinite(value) ? result
        : result with { State = TrialState.Failed, Error = $"its '{options.Metric}' is {value.ToString(CultureInfo.InvariantCulture)}, which cannot be compared." };

    void End(Trial trial, Dictionary<int, double> intermediate, TrialResult result, TimeSpan duration)
    {
        var ended = trial with { State = result.State, Value = result.Value, IntermediateValues = new Dictionary<int, double>(intermediate) };
        Journal(() => journal.TrialEnded(result.Interrupted ? trial : ended, result));
        lock (gate)
        {
            if (result.Interrupted)
            {
                history.RemoveAll(other => other.Number == trial.Number);
                log.Message($"Trial {trial.Number} was interrupted; a resumed study runs it again.");
                return;
            }

            Replace(ended);
            var seconds = duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            switch (result.State)
            {
                case TrialState.Failed:
                    log.Warning(Errors.TrialFailed(trial.Number, FirstLine(result.Error) ?? "the trainer failed.", result.LogFile ?? ""));
                    break;
                case TrialState.Pruned:
                    var step = intermediate.Keys.DefaultIfEmpty().Max();
                    log.Message($"Trial {trial.Number} pruned at step {step} after {seconds} s: {options.Metric} = {Format(intermediate.GetValueOrDefault(step))} is behind the median.");
                    break;
                default:
                    var best = Best(history)!;
                    log.Message($"Trial {trial.Number} finished in {seconds} s: {options.Metric} = {Format(result.Value!.Value)}. Best so far: trial {best.Number}, {options.Metric} = {Format(best.Value!.Value)}.");
                    break;
            }
        }
    }

    Trial Replace(Trial trial)
    {
        history[history.FindIndex(other => other.Number == trial.Number)] = trial;
        return trial;
    }

    Trial? Best(IEnumerable<Trial> trials) =>
        trials.Where(trial => trial.State == TrialState.Complete && trial.Value is { } value && double.IsFinite(value))
            .OrderBy(trial => options.Direction.ToLoss(trial.Value!.Value))
            .ThenBy(trial => trial.Number)
            .FirstOrDefault();

    // A trainer's error output can hold lines that MSBuild would read as errors of its own; the trial's log keeps them all.
    static string? FirstLine(string? text) => text?.Split('\n', 2)[0].TrimEnd();

    static string Reported(TrialResult result) =>
        result.Metrics.Count == 0 ? "no metric" : string.Join(", ", result.Metrics.Select(metric => metric.Report.Name).Distinct());

    static string Describe(IReadOnlyDictionary<string, object> parameters) =>
        string.Join(", ", parameters.Select(pair => $"{pair.Key} = {(pair.Value is double number ? Format(number) : ParameterValues.Format(pair.Value))}"));

    static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    static string Plural(int count) => count == 1 ? "" : "s";
}
