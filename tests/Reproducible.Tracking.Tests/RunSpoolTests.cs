using Reproducible.Testing;
using Reproducible.Tracking.Spool;

namespace Reproducible.Tracking.Tests;

public sealed class RunSpoolTests : IDisposable
{
    readonly TemporaryDirectory directory = new("repro-spool");

    RunSpool Spool => new(directory["spool"]);

    string StoreLocation => directory["runs.db"];

    [Fact]
    public void A_run_the_store_cannot_take_is_spooled_with_a_warning_then_synced_once()
    {
        var run = Runs.Finished() with { Metrics = [new MetricPoint("nan", double.NaN, 1), new MetricPoint("inf", double.NegativeInfinity, 1)] };

        var warning = RunRecording.Save(run, ClosedPort.PostgresLocation(), Spool.Directory);

        Assert.Equal("REPRO0034", warning?.Code);
        Assert.Contains("REPRO0033", warning!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", warning.Message, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(Spool.Directory, run.Info.Id + ".json")], Spool.Files);
        Assert.Equal([Path.Combine(Spool.Directory, run.Info.Id + ".json")], Directory.GetFiles(Spool.Directory));

        using var store = RunStore.Open(StoreLocation);
        Assert.Equal(new SyncResult(1, 0, []), Spool.Sync(store) with { Warnings = [] });
        Assert.Empty(Spool.Files);
        Assert.Equal(new SyncResult(0, 0, []), Spool.Sync(store) with { Warnings = [] });
        Assert.Single(store.ListRuns());
        Assert.True(double.IsNaN(store.GetRun(run.Info.Id).Metrics["nan"].Value));
        Assert.Equal(double.NegativeInfinity, store.GetRun(run.Info.Id).Metrics["inf"].Value);
    }

    [Fact]
    public void A_spooled_run_already_in_the_store_is_skipped_and_its_file_removed()
    {
        var run = Runs.Finished();
        Spool.Add(run);
        using var store = RunStore.Open(StoreLocation);
        store.RecordRun(run);

        var result = Spool.Sync(store);

        Assert.Equal((0, 1), (result.Uploaded, result.AlreadyPresent));
        Assert.Empty(Spool.Files);
        Assert.Single(store.ListRuns());
    }

    [Fact]
    public void A_trial_goes_in_after_its_parent_whatever_the_file_names()
    {
        var parent = Runs.Finished(id: "f" + new string('0', 31), startTime: 1000);
        var trial = Runs.Finished(id: new string('0', 32), startTime: 2000, parent: parent.Info.Id);
        Spool.Add(trial);
        Spool.Add(parent);
        using var store = RunStore.Open(StoreLocation);

        Assert.Equal(2, Spool.Sync(store).Uploaded);
        Assert.Equal(parent.Info.Id, store.GetRun(trial.Info.Id).Info.ParentRunId);
    }

    [Fact]
    public void An_unreadable_spool_file_is_reported_and_kept_and_the_others_go_in()
    {
        var run = Runs.Finished();
        Spool.Add(run);
        var broken = directory.Write("spool/broken.json", "{ not json");
        var newer = directory.Write("spool/newer.json", """{ "schemaVersion": 99, "run": null }""");
        using var store = RunStore.Open(StoreLocation);

        var result = Spool.Sync(store);

        Assert.Equal(1, result.Uploaded);
        Assert.Equal(["REPRO0036", "REPRO0036"], result.Warnings.Select(warning => warning.Code));
        Assert.Contains("newer version", result.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal([broken, newer], Spool.Files);
    }

    [Fact]
    public void A_run_the_store_refuses_stays_spooled_and_the_others_go_in()
    {
        var orphan = Runs.Finished(startTime: 1, parent: RunId.New());
        var run = Runs.Finished(startTime: 2);
        var orphanFile = Spool.Add(orphan);
        Spool.Add(run);
        using var store = RunStore.Open(StoreLocation);

        var result = Spool.Sync(store);

        Assert.Equal(1, result.Uploaded);
        Assert.Equal("REPRO0035", Assert.Single(result.Warnings).Code);
        Assert.Equal([orphanFile], Spool.Files);
    }

    [Fact]
    public void Recording_into_a_reachable_store_spools_nothing()
    {
        var run = Runs.Finished();

        Assert.Null(RunRecording.Save(run, StoreLocation, Spool.Directory));

        Assert.Empty(Spool.Files);
        using var store = RunStore.Open(StoreLocation);
        Assert.True(store.Contains(run.Info.Id));
    }

    public void Dispose() => directory.Dispose();
}
