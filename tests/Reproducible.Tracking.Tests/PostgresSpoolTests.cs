using Reproducible.Testing;
using Reproducible.Tracking.Spool;

namespace Reproducible.Tracking.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSpoolTests(PostgresServer server) : IDisposable
{
    readonly TemporaryDirectory directory = new("repro-spool");

    [Fact]
    public void A_run_spooled_while_postgresql_was_down_is_there_once_after_sync()
    {
        var spool = new RunSpool(directory["spool"]);
        var run = Runs.Finished();
        var location = server.NewDatabase();

        Assert.Equal("REPRO0034", RunRecording.Save(run, ClosedPort.PostgresLocation(), spool.Directory)?.Code);
        Assert.Single(spool.Files);

        using var store = RunStore.Open(location);
        Assert.Equal(1, spool.Sync(store).Uploaded);
        Assert.Equal(0, spool.Sync(store).Uploaded);
        Assert.Empty(spool.Files);
        Assert.Equal([run.Info.Id], store.ListRuns().Select(stored => stored.Id));
        Assert.Equal(run.Params, store.GetRun(run.Info.Id).Params);
    }

    public void Dispose() => directory.Dispose();
}
