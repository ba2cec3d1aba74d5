using System.Globalization;
using System.Text.Json;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;
using Reproducible.Tracking;
using Reproducible.Tracking.Search;

namespace Reproducible.Tool.Tuning;

/// <summary>
/// Keeps a study in the run store as MLflow does: the study is a parent run, each trial a child run with its
/// parameters, metric series and status. Reopening a study reads its finished trials back.
/// </summary>
sealed class StoreJournal(IRunStore store, TuningPlan plan, string sampler) : IStudyJournal
{
    public const string StudyTag = "repro.study";
    public const string RoleTag = "repro.study.role";
    public const string TrialTag = "repro.trial";
    public const string SpaceTag = "repro.study.space";
    public const string BestTrialTag = "repro.study.best_trial";
    public const string ValueTag = "repro.trial.value";
    public const string IntermediateTag = "repro.trial.intermediate";

    readonly Dictionary<int, string> trialRuns = [];
    readonly Lazy<Dictionary<string, string>> commonTags = new(() => RunTags.Of(Path.GetDirectoryName(plan.ProjectFile)!).ToDictionary(pair => pair.Key, pair => pair.Value));
    StudyOptions options = null!;
    string studyRun = "";

    public string StudyRunId => studyRun;

    public IReadOnlyDictionary<int, string> TrialRuns => trialRuns;

    public StudyHistory Open(StudyOptions options, SearchSpace space)
    {
        this.options = options;
        var spaceJson = JsonSerializer.Serialize(plan.SearchSpace);
        if (Find(options.Name) is not { } existing)
        {
            studyRun = store.StartRun(plan.Experiment, options.Name, null, RunSource.Tuning, null, Tags((RoleTag, "study"), (SpaceTag, spaceJson)), StudyParameters(options));
            return StudyHistory.Empty;
        }

        studyRun = existing.Info.Id;
        CheckSame(options, existing, spaceJson);
        var children = Children().ToList();
        var numbers = children.Select(child => TrialNumber(child) ?? -1).ToList();
        return new StudyHistory([.. children.Select(child => Read(child, space)).OfType<Trial>().OrderBy(trial => trial.Number)], numbers.DefaultIfEmpty(-1).Max() + 1);
    }

    public void TrialStarted(Trial trial)
    {
        var parameters = plan.Hyperparameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value, StringComparer.Ordinal);
        foreach (var (name, value) in ParameterValues.Format(trial.Parameters))
            parameters[name] = value;
        trialRuns[trial.Number] = store.StartRun(
            plan.Experiment, $"{options.Name}-trial-{trial.Number}", null, RunSource.Tuning, studyRun,
            Tags((RoleTag, "trial"), (TrialTag, trial.Number.ToString(CultureInfo.InvariantCulture)), ("seed", plan.Seed ?? "0")),
            parameters);
    }

    public void TrialEnded(Trial trial, TrialResult result)
    {
        var run = trialRuns[trial.Number];
        store.LogMetrics(run, result.Metrics.Select(metric => new MetricPoint(metric.Report.Name, metric.Report.Value, metric.Time, metric.Report.Step ?? 0)));
        store.LogArtifacts(run, result.Artifacts.Select(artifact => new RunArtifact(artifact.Path, artifact.Size, artifact.Digest)));
        // The store's latest metric is the one at the highest step, which need not be the trial's value (the last one
        // reported): the study's own view of the trial is kept in tags, so a resumed study sees exactly what it saw.
        if (!result.Interrupted && result.State != TrialState.Failed)
        {
            store.SetTags(run, new Dictionary<string, string>
            {
                [ValueTag] = result.Value is { } value ? ParameterValues.Format(value) : "",
                [IntermediateTag] = JsonSerializer.Serialize(trial.IntermediateValues.OrderBy(pair => pair.Key).ToDictionary(pair => pair.Key.ToString(CultureInfo.InvariantCulture), pair => pair.Value)),
            });
        }

        var status = result.Interrupted ? RunStatus.Killed : result.State switch
        {
            TrialState.Complete => RunStatus.Finished,
            TrialState.Pruned => RunStatus.Pruned,
            _ => RunStatus.Failed,
        };
        store.EndRun(run, status, Now(), result.State == TrialState.Failed ? result.Error : null);
    }

    public void Close(StudyOutcome outcome)
    {
        if (outcome.Best is { } best)
        {
            store.LogMetrics(studyRun, [new MetricPoint(options.Metric, best.Value!.Value, Now(), best.Number)]);
            store.SetTags(studyRun, new Dictionary<string, string> { [BestTrialTag] = best.Number.ToString(CultureInfo.InvariantCulture) });
        }

        store.EndRun(studyRun, outcome.Interrupted ? RunStatus.Killed : RunStatus.Finished, Now());
    }

    RunDetails? Find(string name)
    {
        Filter filter = new AndFilter(
            new AndFilter(Equal(Entity.Tag, StudyTag, name), Equal(Entity.Tag, RoleTag, "study")),
            Equal(Entity.Attribute, "experiment", plan.Experiment));
        return store.Search(SearchSql.Translate(filter, [], store.Dialect), 1) is [var found] ? store.GetRun(found.Id) : null;
    }

    IEnumerable<RunDetails> Children() =>
        store.Search(SearchSql.Translate(Equal(Entity.Attribute, "parent_run_id", studyRun), [], store.Dialect), int.MaxValue)
            .Select(child => store.GetRun(child.Id, withHistory: true));

    void CheckSame(StudyOptions options, RunDetails existing, string spaceJson)
    {
        string? Differs(string what, string? stored, string wanted) => stored == wanted ? null : $"{what} {stored ?? "(none)"} rather than {wanted}";
        var difference = Differs("metric", existing.Params.GetValueOrDefault("metric"), options.Metric)
            ?? Differs("direction", existing.Params.GetValueOrDefault("direction"), Name(options.Direction))
            ?? (existing.Tags.GetValueOrDefault(SpaceTag) == spaceJson ? null : "a different search space");
        if (difference is not null)
            throw new ReproException(Errors.StudyMismatch(options.Name, difference));
    }

    // Trials a crash left running, and trials an interruption killed, are run again: only finished ones are kept.
    Trial? Read(RunDetails child, SearchSpace space)
    {
        if (child.Info.Status == RunStatus.Running)
            store.EndRun(child.Info.Id, RunStatus.Killed, Now(), "The study stopped while this trial ran.");
        var state = child.Info.Status switch
        {
            RunStatus.Finished => TrialState.Complete,
            RunStatus.Pruned => TrialState.Pruned,
            RunStatus.Failed => TrialState.Failed,
            _ => (TrialState?)null,
        };
        if (state is null || TrialNumber(child) is not { } number)
            return null;
        var parameters = space.Parameters.ToDictionary(parameter => parameter.Name, parameter => ParameterValues.Parse(parameter, child.Params.GetValueOrDefault(parameter.Name) ?? ""));
        if (parameters.Values.Any(value => value is null))
            return null;
        var intermediate = Intermediate(child.Tags.GetValueOrDefault(IntermediateTag));
        trialRuns[number] = child.Info.Id;
        double? value = double.TryParse(child.Tags.GetValueOrDefault(ValueTag), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (state == TrialState.Complete && value is null || intermediate is null)
            state = TrialState.Failed;
        return new Trial(number, parameters!, state.Value, state == TrialState.Complete ? value : null, intermediate ?? []);
    }

    static int? TrialNumber(RunDetails run) =>
        int.TryParse(run.Tags.GetValueOrDefault(TrialTag), CultureInfo.InvariantCulture, out var number) ? number : null;

    static Dictionary<int, double>? Intermediate(string? json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, double>>(json ?? "{}")!
                .ToDictionary(pair => int.Parse(pair.Key, NumberStyles.Integer, CultureInfo.InvariantCulture), pair => pair.Value);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or ArgumentNullException)
        {
            return null;
        }
    }

    Dictionary<string, string> Tags(params (string Key, string Value)[] extra)
    {
        var tags = new Dictionary<string, string>(commonTags.Value);
        tags["project"] = plan.ProjectName;
        tags[StudyTag] = options.Name;
        foreach (var (key, value) in extra)
            tags[key] = value;
        return tags;
    }

    Dictionary<string, string> StudyParameters(StudyOptions options) => new()
    {
        ["sampler"] = sampler,
        ["metric"] = options.Metric,
        ["direction"] = Name(options.Direction),
        ["trials"] = options.Trials.ToString(CultureInfo.InvariantCulture),
        ["parallel"] = options.Parallel.ToString(CultureInfo.InvariantCulture),
        ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
    };

    static TextComparison Equal(Entity entity, string name, string value) => new(new Field(entity, name), Comparator.Equal, value);

    public static string Name(Direction direction) => direction == Direction.Maximize ? "maximize" : "minimize";

    static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
