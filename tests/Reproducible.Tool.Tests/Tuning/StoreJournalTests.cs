using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;
using Reproducible.Testing;
using Reproducible.Tool.Tuning;
using Reproducible.Tracking;
using Reproducible.Training;

namespace Reproducible.Tool.Tests.Tuning;

public sealed class StoreJournalTests : IDisposable
{
    static readonly SearchSpace Space = new(new FloatParameter("rate", 0.01, 1, log: true), new IntParameter("depth", 1, 9), new CategoricalParameter("loss", ["hinge", "log"]));

    static readonly StudyOptions Options = new("Model-f1", "f1", Direction.Maximize, 10);

    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    string Store => folder["runs.db"];

    TuningPlan Plan(string space = "0.01") => new(
        TuningPlan.CurrentSchemaVersion, folder["Model/Model.csproj"], "Contoso.Model", folder["Model/obj"], "dotnet", "sh train.sh", null, null, "42", [],
        [new PlannedParameter("rate", "0.5", folder["Model/Model.csproj"]), new PlannedParameter("batch", "64", folder["Model/Model.csproj"])],
        [new SearchSpaceItem("rate", Low: space, High: "1", Log: "true"), new SearchSpaceItem("depth", Type: "int", Low: "1", High: "9"), new SearchSpaceItem("loss", Choices: "hinge;log")]);

    static Trial Trial(int number, double rate, int depth, string loss) => new(number, new Dictionary<string, object> { ["rate"] = rate, ["depth"] = depth, ["loss"] = loss }, TrialState.Running);

    // The value at the last step differs from the final one, as when a trainer scores a validation set per epoch and the test set at the end.
    static TrialResult Complete(double f1) =>
        new(TrialState.Complete, f1, [(new MetricReport("f1", f1 / 2, 1), 1000), (new MetricReport("f1", f1 * 0.9, 2), 2000), (new MetricReport("f1", f1), 3000)]);

    static Trial Ended(Trial trial, double f1) =>
        trial with { State = TrialState.Complete, Value = f1, IntermediateValues = new Dictionary<int, double> { [1] = f1 / 2, [2] = f1 * 0.9 } };

    [Fact]
    public void A_study_is_a_parent_run_and_each_trial_a_child_with_its_parameters_metrics_and_status()
    {
        using (var store = RunStore.Open(Store))
        {
            var journal = new StoreJournal(store, Plan(), "tpe");
            Assert.Equal(StudyHistory.Empty, journal.Open(Options, Space));
            var trial = Trial(0, 0.25, 3, "log");
            journal.TrialStarted(trial);
            journal.TrialEnded(Ended(trial, 0.8), Complete(0.8));
            var pruned = Trial(1, 0.5, 4, "hinge");
            journal.TrialStarted(pruned);
            journal.TrialEnded(pruned, new TrialResult(TrialState.Pruned, 0.1, [(new MetricReport("f1", 0.1, 1), 1000)]));
            var failed = Trial(2, 0.05, 5, "log");
            journal.TrialStarted(failed);
            journal.TrialEnded(failed, new TrialResult(TrialState.Failed, null, [], "REPRO0005: The trainer exited with code 3."));
            journal.Close(new StudyOutcome([], trial with { State = TrialState.Complete, Value = 0.8 }, Interrupted: false));
        }

        using var runs = RunStore.Open(Store);
        var all = runs.ListRuns("Contoso.Model");
        var study = runs.GetRun(Assert.Single(all, run => run.ParentRunId is null).Id);
        Assert.Equal(("Model-f1", "tuning", "finished"), (study.Info.Name, study.Info.Source, study.Info.Status));
        Assert.Equal(("tpe", "f1", "maximize", "10"), (study.Params["sampler"], study.Params["metric"], study.Params["direction"], study.Params["trials"]));
        Assert.Equal("0", study.Tags[StoreJournal.BestTrialTag]);
        Assert.Equal(0.8, study.Metrics["f1"].Value);
        var trials = all.Where(run => run.ParentRunId == study.Info.Id).OrderBy(run => run.Name, StringComparer.Ordinal).Select(run => runs.GetRun(run.Id, withHistory: true)).ToList();
        Assert.Equal(["finished", "pruned", "failed"], trials.Select(run => run.Info.Status));
        Assert.Equal(new Dictionary<string, string> { ["rate"] = "0.25", ["depth"] = "3", ["loss"] = "log", ["batch"] = "64" }, trials[0].Params);
        Assert.Equal([(0L, 0.8), (1L, 0.4), (2L, 0.8 * 0.9)], trials[0].History.Where(point => point.Key == "f1").Select(point => (point.Step, point.Value)).Order());
        Assert.Equal("REPRO0005: The trainer exited with code 3.", trials[2].Info.Error);
        Assert.All(trials, run => Assert.Equal("Model-f1", run.Tags[StoreJournal.StudyTag]));
    }

    [Fact]
    public void Reopening_a_study_reads_back_its_finished_trials_and_kills_the_ones_a_crash_left_running()
    {
        using (var store = RunStore.Open(Store))
        {
            var journal = new StoreJournal(store, Plan(), "tpe");
            journal.Open(Options, Space);
            journal.TrialStarted(Trial(0, 0.25, 3, "log"));
            journal.TrialEnded(Ended(Trial(0, 0.25, 3, "log"), 0.8), Complete(0.8));
            journal.TrialStarted(Trial(1, 0.5, 4, "hinge"));
            journal.TrialEnded(Trial(1, 0.5, 4, "hinge"), new TrialResult(TrialState.Pruned, 0.1, [(new MetricReport("f1", 0.1, 1), 1000)]));
            journal.TrialStarted(Trial(2, 0.05, 5, "log"));
        }

        StudyHistory resumed;
        using (var store = RunStore.Open(Store))
            resumed = new StoreJournal(store, Plan(), "tpe").Open(Options, Space);

        Assert.Equal(3, resumed.NextNumber);
        Assert.Equal([0, 1], resumed.Finished.Select(trial => trial.Number));
        var complete = resumed.Finished[0];
        Assert.Equal((TrialState.Complete, 0.8), (complete.State, complete.Value));
        Assert.Equal(new Dictionary<string, object> { ["rate"] = 0.25, ["depth"] = 3, ["loss"] = "log" }, complete.Parameters);
        Assert.Equal(new Dictionary<int, double> { [1] = 0.4, [2] = 0.8 * 0.9 }, complete.IntermediateValues);
        Assert.Equal(TrialState.Pruned, resumed.Finished[1].State);
        using var runs = RunStore.Open(Store);
        Assert.Equal("killed", runs.ListRuns().Single(run => run.Name == "Model-f1-trial-2").Status);
    }

    [Fact]
    public void A_trial_run_the_store_holds_as_finished_but_without_the_studys_value_is_read_back_as_failed()
    {
        using var store = RunStore.Open(Store);
        var journal = new StoreJournal(store, Plan(), "tpe");
        journal.Open(Options, Space);
        var child = store.StartRun("Contoso.Model", "Model-f1-trial-0", null, RunSource.Tuning, journal.StudyRunId,
            new Dictionary<string, string> { [StoreJournal.TrialTag] = "0" }, new Dictionary<string, string> { ["rate"] = "0.5", ["depth"] = "2", ["loss"] = "log" });
        store.EndRun(child, RunStatus.Finished, 1);

        var resumed = new StoreJournal(store, Plan(), "tpe").Open(Options, Space);

        Assert.Equal(TrialState.Failed, Assert.Single(resumed.Finished).State);
    }

    [Fact]
    public void A_study_resumed_with_another_search_space_or_metric_is_REPRO0094()
    {
        using var store = RunStore.Open(Store);
        new StoreJournal(store, Plan(), "tpe").Open(Options, Space);

        var space = Assert.Throws<ReproException>(() => new StoreJournal(store, Plan(space: "0.001"), "tpe").Open(Options, Space)).Diagnostic;
        var metric = Assert.Throws<ReproException>(() => new StoreJournal(store, Plan(), "tpe").Open(Options with { Metric = "auc" }, Space)).Diagnostic;

        Assert.Equal(("REPRO0094", "REPRO0094"), (space.Code, metric.Code));
        Assert.Contains("a different search space", space.Message, StringComparison.Ordinal);
        Assert.Contains("metric f1 rather than auc", metric.Message, StringComparison.Ordinal);
    }
}
