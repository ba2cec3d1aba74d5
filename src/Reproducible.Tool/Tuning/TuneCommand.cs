using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;
using Reproducible.Tool.Commands;
using Reproducible.Tracking;

namespace Reproducible.Tool.Tuning;

static class TuneCommand
{
    const int Interrupted = 130;

    sealed record Settings(
        string? Project, string? PlanFile, string? Configuration, int Trials, string Sampler, int Parallel, string? Metric, string? Direction,
        string? Timeout, string? Study, int Seed, string Pruner, int WarmupSteps, int GridPoints, bool Apply, string? Store);

    public static Command Create()
    {
        var project = new Argument<string?>("project") { Description = "The model project, or the folder that holds it. Default: the current folder.", Arity = ArgumentArity.ZeroOrOne };
        var plan = new Option<string?>("--plan") { Description = "A tuning plan the Tune target wrote, instead of a project.", HelpName = "FILE", Hidden = true };
        var configuration = new Option<string?>("--configuration", "-c") { Description = "The configuration to build the trainer in. Default: Debug.", HelpName = "NAME" };
        var trials = Positive("--trials", "How many trials the study holds when done; a resumed study runs only the rest.", 20);
        var sampler = new Option<string>("--sampler") { Description = "tpe, random or grid.", DefaultValueFactory = _ => "tpe", HelpName = "NAME" };
        sampler.AcceptOnlyFromAmong("tpe", "random", "grid");
        var parallel = Positive("--parallel", "How many trials train at once.", 1);
        var metric = new Option<string?>("--metric") { Description = "The metric to optimise. Default: the project's TuneMetric.", HelpName = "NAME" };
        var direction = new Option<string?>("--direction") { Description = "maximize or minimize. Default: the project's TuneDirection.", HelpName = "DIRECTION" };
        direction.AcceptOnlyFromAmong("maximize", "minimize");
        var timeout = new Option<string?>("--timeout") { Description = "Start no trial after this long: 90s, 30m, 2h. Running trials finish.", HelpName = "DURATION" };
        var study = new Option<string?>("--study") { Description = "The study's name; running it again resumes it. Default: PROJECT-METRIC.", HelpName = "NAME" };
        var seed = new Option<int>("--seed") { Description = "Seeds the sampler, so a study suggests the same trials again.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var pruner = new Option<string>("--pruner") { Description = "median (stop trials whose intermediate values fall below the median) or none.", DefaultValueFactory = _ => "median", HelpName = "NAME" };
        pruner.AcceptOnlyFromAmong("median", "none");
        var warmup = new Option<int>("--warmup-steps") { Description = "The median pruner waits for this many steps of a trial.", DefaultValueFactory = _ => 0, HelpName = "N" };
        warmup.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--warmup-steps must not be negative.");
        });
        var gridPoints = Positive("--grid-points", "How many values of each float the grid sampler tries (at least 2).", 5, minimum: 2);
        var apply = new Option<bool>("--apply") { Description = "Write the best parameters into the project's Hyperparameter items." };
        var store = CommonOptions.Store();
        var command = new Command("tune", "Search hyperparameters: each trial trains the project and is recorded as a run of the study.")
        {
            project, plan, configuration, trials, sampler, parallel, metric, direction, timeout, study, seed, pruner, warmup, gridPoints, apply, store,
        };
        command.SetAction(result => Run(new Settings(
            result.GetValue(project), result.GetValue(plan), result.GetValue(configuration), result.GetValue(trials), result.GetValue(sampler)!,
            result.GetValue(parallel), result.GetValue(metric), result.GetValue(direction), result.GetValue(timeout), result.GetValue(study),
            result.GetValue(seed), result.GetValue(pruner)!, result.GetValue(warmup), result.GetValue(gridPoints), result.GetValue(apply), result.GetValue(store))));
        return command;
    }

    static Option<int> Positive(string name, string description, int defaultValue, int minimum = 1)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
                result.AddError($"{name} must be at least {minimum}.");
        });
        return option;
    }

    static int Run(Settings settings)
    {
        try
        {
            return Tune(settings);
        }
        catch (ReproException e)
        {
            return Failure.Report(e.Diagnostic);
        }
    }

    static int Tune(Settings settings)
    {
        var plan = settings.PlanFile is { } file ? ProjectPlan.Read(file) : ProjectPlan.Build(settings.Project ?? ".", settings.Configuration);
        var metric = settings.Metric ?? plan.Metric ?? throw new ReproException(Errors.NoStudyMetric(plan.ProjectFile));
        var direction = (settings.Direction ?? plan.Direction)?.ToLowerInvariant() switch
        {
            "maximize" => Direction.Maximize,
            "minimize" => Direction.Minimize,
            null => throw new ReproException(Errors.NoStudyMetric(plan.ProjectFile)),
            var other => throw new ReproException(Errors.InvalidStudyOption("TuneDirection", other, "maximize or minimize")),
        };
        TimeSpan? timeout = settings.Timeout is { } text ? Durations.Parse(text) ?? throw new ReproException(Errors.InvalidStudyOption("--timeout", text, "a duration such as 90s, 30m or 2h")) : null;
        var space = SearchSpaceItems.ToSearchSpace(plan.SearchSpace, plan.ProjectFile);
        if (plan.Hyperparameters.GroupBy(parameter => parameter.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } twice)
            throw new ReproException(Errors.DuplicateName("Hyperparameter", twice.Key, plan.ProjectFile));
        var options = new StudyOptions(settings.Study ?? $"{plan.ProjectName}-{metric}", metric, direction, settings.Trials, settings.Parallel, settings.Seed, timeout);
        ISampler sampler = settings.Sampler switch
        {
            "random" => new RandomSampler(),
            "grid" => new GridSampler(settings.GridPoints),
            _ => new TpeSampler(direction),
        };
        var pruner = settings.Pruner == "none" ? null : new MedianPruner(warmupSteps: settings.WarmupSteps);
        var studyDirectory = Path.Combine(plan.WorkDirectory, "tune", SafeName(options.Name));
        using var studyLock = StudyLock.Take(studyDirectory, options.Name);
        using var store = RunStore.Open(settings.Store ?? plan.Store ?? StoreLocation.Default);
        var journal = new StoreJournal(store, plan, settings.Sampler);
        var log = new ConsoleLog();
        using var cancellation = new CancellationTokenSource();
        using var interrupt = OnInterrupt(cancellation);
        Console.WriteLine($"Study '{options.Name}': {settings.Sampler} search for the {(direction == Direction.Maximize ? "maximum" : "minimum")} of {metric} over {string.Join(", ", space.Parameters.Select(parameter => parameter.Name))}; {options.Trials} trials, {options.Parallel} at a time. Store: {store.Description}.");
        var outcome = new Study(options, space, sampler, pruner, new TrainerTrials(plan, studyDirectory, metric), journal, log).Run(cancellation.Token);
        Summarize(options, outcome, journal);
        if (outcome.Interrupted)
        {
            Console.WriteLine($"Interrupted. Run the same command again to resume study '{options.Name}'.");
            return Interrupted;
        }

        if (outcome.Best is not { } best)
            return Failure.Report(Errors.NoCompleteTrial(options.Name));
        if (settings.Apply)
            Report(BestParameters.Apply(plan, ParameterValues.Format(best.Parameters)));
        return ExitCodes.Ok;
    }

    static void Summarize(StudyOptions options, StudyOutcome outcome, StoreJournal journal)
    {
        Console.WriteLine();
        Console.WriteLine($"Ran {outcome.Session.Trials} trial{(outcome.Session.Trials == 1 ? "" : "s")} in {outcome.Session.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        Console.WriteLine($"Study '{options.Name}' holds {outcome.Trials.Count} trials: {outcome.Count(TrialState.Complete)} complete, {outcome.Count(TrialState.Pruned)} pruned, {outcome.Count(TrialState.Failed)} failed.{(outcome.StoppedBecause is { } reason ? $" It stopped early: {reason}." : "")}");
        if (outcome.Best is { } best)
        {
            Console.WriteLine($"Best: trial {best.Number}, {options.Metric} = {best.Value!.Value.ToString("G6", CultureInfo.InvariantCulture)} (run {journal.TrialRuns[best.Number]}):");
            foreach (var (name, value) in ParameterValues.Format(best.Parameters))
                Console.WriteLine($"  {name} = {value}");
        }

        Console.WriteLine($"The study is run {journal.StudyRunId}; its trials: dotnet repro runs search --filter \"attributes.parent_run_id = '{journal.StudyRunId}'\"");
    }

    static void Report(IReadOnlyList<BestParameters.Change> changes)
    {
        foreach (var file in changes.GroupBy(change => change.File))
        {
            Console.WriteLine($"Applied to {file.Key}:");
            foreach (var change in file)
                Console.WriteLine($"  {change.Name} = {change.After}{(change.Before is { } before ? $" (was {before})" : " (new)")}");
        }

        Console.WriteLine("The next dotnet build trains with them and locks them in model.lock.json.");
    }

    static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    static IDisposable OnInterrupt(CancellationTokenSource cancellation)
    {
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += handler;
        var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        return new Unsubscribe(() =>
        {
            Console.CancelKeyPress -= handler;
            terminate.Dispose();
        });
    }

    sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
