using Reproducible.Core.Diagnostics;
using Reproducible.Tracking.Schema;
using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking.Tests;

/// <summary>What every store does alike; each store's test class supplies a fresh, empty store location.</summary>
public abstract class StoreContract
{
    protected abstract string Location { get; }

    internal abstract Database OpenDatabase();

    IRunStore Open() => RunStore.Open(Location);

    [Fact]
    public void A_recorded_run_reads_back_whole()
    {
        var run = Runs.Finished() with { Metrics = [.. Runs.Finished().Metrics, new MetricPoint("inf", double.PositiveInfinity, 1), new MetricPoint("nan", double.NaN, 1)] };
        using var store = Open();

        Assert.True(store.RecordRun(run));
        var stored = store.GetRun(run.Info.Id, withHistory: true);

        Assert.Equal(run.Info, stored.Info);
        Assert.Equal(run.Params.OrderBy(pair => pair.Key), stored.Params);
        Assert.Equal(run.Tags.OrderBy(pair => pair.Key, StringComparer.Ordinal), stored.Tags);
        Assert.Equal(run.Artifacts, stored.Artifacts);
        Assert.Equal(["f1", "inf", "loss", "nan"], stored.Metrics.Keys);
        Assert.Equal(new MetricPoint("loss", 0.4, run.Info.StartTime + 200, Step: 2), stored.Metrics["loss"]);
        Assert.Equal(double.PositiveInfinity, stored.Metrics["inf"].Value);
        Assert.True(double.IsNaN(stored.Metrics["nan"].Value));
        Assert.Equal(5, stored.History.Count);
        Assert.Empty(store.GetRun(run.Info.Id).History);
    }

    [Fact]
    public void Recording_a_run_that_is_there_changes_nothing()
    {
        var run = Runs.Finished();
        using var store = Open();

        Assert.True(store.RecordRun(run));
        Assert.False(store.RecordRun(run with { Info = run.Info with { Name = "other" }, Metrics = [new MetricPoint("f1", 0.99, 1)] }));

        var stored = store.GetRun(run.Info.Id, withHistory: true);
        Assert.Equal("run", stored.Info.Name);
        Assert.Equal(run.Metrics.Count, stored.History.Count);
        Assert.Single(store.ListRuns());
    }

    [Fact]
    public void A_run_logged_step_by_step_keeps_the_highest_step_then_the_latest_time()
    {
        using var store = Open();
        var id = store.StartRun("fraud", "trial", Runs.Fingerprint, RunSource.Trained, null, new Dictionary<string, string> { ["git.commit"] = "abc" }, new Dictionary<string, string> { ["depth"] = "10" });

        Assert.Equal(RunStatus.Running, store.GetRun(id).Info.Status);
        store.LogMetrics(id, [new MetricPoint("loss", 0.5, 100, Step: 5), new MetricPoint("loss", 0.7, 300, Step: 3)]);
        store.LogMetrics(id, [new MetricPoint("loss", 0.6, 200, Step: 4)]);
        store.LogMetrics(id, [new MetricPoint("loss", 0.4, 400, Step: 5), new MetricPoint("loss", 0.45, 399, Step: 5)]);
        store.SetTags(id, new Dictionary<string, string> { ["git.commit"] = "def", ["host"] = "box" });
        store.LogArtifacts(id, [new RunArtifact("model/a.bin", 1, new string('b', 64))]);
        store.EndRun(id, RunStatus.Failed, 5000, "Traceback: boom");

        var run = store.GetRun(id);
        Assert.Equal(new MetricPoint("loss", 0.4, 400, Step: 5), run.Metrics["loss"]);
        Assert.Equal([3L, 4, 5, 5, 5], store.MetricHistory(id, "loss").Select(point => point.Step));
        Assert.Equal(new Dictionary<string, string> { ["git.commit"] = "def", ["host"] = "box" }, run.Tags);
        Assert.Equal("10", run.Params["depth"]);
        Assert.Equal((RunStatus.Failed, 5000L, "Traceback: boom"), (run.Info.Status, run.Info.EndTime, run.Info.Error));
        Assert.Single(run.Artifacts);
    }

    [Fact]
    public void An_unknown_run_is_a_clear_error()
    {
        using var store = Open();
        var unknown = RunId.New();

        Assert.All(
            [
                () => store.GetRun(unknown),
                () => store.MetricHistory(unknown, "f1"),
                () => store.LogMetrics(unknown, [new MetricPoint("f1", 1, 1)]),
                () => store.SetTags(unknown, new Dictionary<string, string> { ["a"] = "b" }),
                () => store.LogArtifacts(unknown, []),
                (Action)(() => store.EndRun(unknown, RunStatus.Killed, 1)),
            ],
            call =>
            {
                var error = Assert.Throws<ReproException>(call).Diagnostic;
                Assert.Equal("REPRO0032", error.Code);
                Assert.Contains(unknown, error.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Experiments_and_runs_are_listed_latest_first()
    {
        using var store = Open();
        var old = Runs.Finished("fraud", startTime: 1000);
        var recent = Runs.Finished("fraud", startTime: 3000);
        var other = Runs.Finished("churn", startTime: 2000);
        foreach (var run in new[] { old, recent, other })
        {
            store.RecordRun(run);
        }

        Assert.Equal(store.EnsureExperiment("churn"), store.EnsureExperiment("churn"));
        store.EnsureExperiment("empty");

        Assert.Equal([("churn", 1), ("empty", 0), ("fraud", 2)], store.ListExperiments().Select(experiment => (experiment.Name, experiment.RunCount)));
        Assert.Equal([recent.Info.Id, other.Info.Id, old.Info.Id], store.ListRuns().Select(run => run.Id));
        Assert.Equal([recent.Info.Id, old.Info.Id], store.ListRuns("fraud").Select(run => run.Id));
        Assert.Equal([recent.Info.Id], store.ListRuns(max: 1).Select(run => run.Id));
        Assert.Empty(store.ListRuns("empty"));
        Assert.Equal("REPRO0037", Assert.Throws<ReproException>(() => store.ListRuns("nope")).Diagnostic.Code);
    }

    [Fact]
    public void A_tuning_trial_points_at_its_parent()
    {
        using var store = Open();
        var parent = Runs.Finished();
        var trial = Runs.Finished(parent: parent.Info.Id, startTime: parent.Info.StartTime + 1);

        store.RecordRun(parent);
        store.RecordRun(trial);

        Assert.Equal((parent.Info.Id, RunSource.Tuning), (store.GetRun(trial.Info.Id).Info.ParentRunId, store.GetRun(trial.Info.Id).Info.Source));
    }

    [Fact]
    public void Search_runs_the_translated_condition_and_order_with_its_parameters()
    {
        using var store = Open();
        var runs = Enumerable.Range(0, 10).Select(i => Runs.Finished(startTime: 1000 + i, f1: i / 10.0)).ToList();
        runs.ForEach(run => store.RecordRun(run));
        var query = new SqlQuery(
            "EXISTS (SELECT 1 FROM latest_metrics m WHERE m.run_id = r.id AND m.key = @p0 AND m.value > @p1) AND e.name = @p2",
            "(SELECT o.value FROM latest_metrics o WHERE o.run_id = r.id AND o.key = @p0) DESC",
            ["f1", 0.55, "fraud"]);

        var found = store.Search(query, max: 3);

        Assert.Equal([runs[9].Info.Id, runs[8].Info.Id, runs[7].Info.Id], found.Select(run => run.Id));
        Assert.Equal(runs.Select(run => run.Info.Id).Reverse(), store.Search(SqlQuery.All).Select(run => run.Id));
    }

    [Fact]
    public void A_parameter_value_is_never_sql()
    {
        using var store = Open();
        var run = Runs.Finished();
        store.RecordRun(run with { Params = new Dictionary<string, string> { ["x"] = "'; DROP TABLE runs; --" } });

        var found = store.Search(new SqlQuery("EXISTS (SELECT 1 FROM params p WHERE p.run_id = r.id AND p.key = @p0 AND p.value = @p1)", "", ["x", "'; DROP TABLE runs; --"]));

        Assert.Equal([run.Info.Id], found.Select(match => match.Id));
        Assert.Empty(store.Search(new SqlQuery("r.name = @p0", "", ["run' OR '1' = '1"])));
    }

    [Fact]
    public void A_store_at_the_latest_version_is_left_as_it_is()
    {
        var run = Runs.Finished();
        using (var store = Open())
        {
            store.RecordRun(run);
        }

        using var again = Open();
        Assert.Equal(run.Info, again.GetRun(run.Info.Id).Info);
        using var database = OpenDatabase();
        Assert.Equal([1], database.Query("SELECT version FROM schema_version", row => Convert.ToInt32(row.GetValue(0))));
    }

    [Fact]
    public void A_new_migration_is_applied_once_and_an_older_reproducible_refuses_the_store()
    {
        var known = SqlDialectMigrations();
        var next = new Migration(known[^1].Version + 1, "a test table", "CREATE TABLE migrated (id integer)");
        Open().Dispose();

        RunStore.Open(OpenDatabase(), [.. known, next]).Dispose();
        RunStore.Open(OpenDatabase(), [.. known, next]).Dispose();
        var refused = Assert.Throws<ReproException>(Open).Diagnostic;

        using var database = OpenDatabase();
        Assert.Equal([next.Version], database.Query("SELECT version FROM schema_version", row => Convert.ToInt32(row.GetValue(0))));
        Assert.Equal([0L], database.Query("SELECT count(*) FROM migrated", row => Convert.ToInt64(row.GetValue(0))));
        Assert.Equal("REPRO0031", refused.Code);
        Assert.Contains($"schema version {next.Version}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_concurrent_writers_lose_no_run_and_see_no_error()
    {
        const int writers = 8, runsEach = 200;
        var written = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Factory.StartNew(
            () =>
            {
                using var store = Open();
                return Enumerable.Range(0, runsEach).Select(i =>
                {
                    var run = Runs.Finished(experiment: $"trials{i % 3}", startTime: (writer * runsEach) + i, parameters: 20);
                    Assert.True(store.RecordRun(run));
                    return run.Info.Id;
                }).ToList();
            },
            TaskCreationOptions.LongRunning)));

        using var reader = Open();
        Assert.Equal(written.SelectMany(ids => ids).Order(), reader.ListRuns(max: 10_000).Select(run => run.Id).Order());
        Assert.Equal(writers * runsEach, reader.ListExperiments().Sum(experiment => experiment.RunCount));
    }

    IReadOnlyList<Migration> SqlDialectMigrations()
    {
        using var database = OpenDatabase();
        return database.Dialect == SqlDialect.Sqlite ? SqliteMigrations.All : PostgresMigrations.All;
    }
}
