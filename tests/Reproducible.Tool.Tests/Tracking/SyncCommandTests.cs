using System.Text.Json.Nodes;
using Reproducible.Tracking;
using Reproducible.Tracking.Spool;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class SyncCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    static RunRecord Spooled(string id) =>
        SampleRuns.Run(id, "fraud", "offline", RunStatus.Finished, SampleRuns.Start, '6', null, new() { ["depth"] = "3" }, [], [new("f1", 0.5, SampleRuns.Start)], []);

    [Fact]
    public void Uploads_spooled_runs_and_empties_the_spool()
    {
        var spool = new RunSpool(repro.Folder["spool"]);
        spool.Add(Spooled(new string('e', 32)));
        spool.Add(SampleRuns.All[0]);

        var output = repro.Run("sync", "--spool", spool.Directory).ShouldSucceed().Output;

        Assert.StartsWith($"Uploaded 1 run from {spool.Directory} to ", output, StringComparison.Ordinal);
        Assert.Contains("; 1 run already there.", output, StringComparison.Ordinal);
        Assert.Empty(spool.Files);
        using var store = RunStore.Open(repro.Store);
        Assert.Equal("offline", store.GetRun(new string('e', 32)).Info.Name);
    }

    [Fact]
    public void Uses_the_default_spool_and_prints_json_with_warnings()
    {
        var spool = Path.Combine(repro.Folder["data"], "reproducible", "spool");
        new RunSpool(spool).Add(Spooled(new string('e', 32)));
        File.WriteAllText(Path.Combine(spool, "broken.json"), "{");

        var result = JsonNode.Parse(repro.Run("sync", "--json").ShouldSucceed().Output)!;

        Assert.Equal(1, (int)result["uploaded"]!);
        Assert.Equal(0, (int)result["alreadyPresent"]!);
        Assert.Equal("REPRO0036", (string?)result["warnings"]![0]!["code"]);
    }

    [Fact]
    public void An_empty_spool_uploads_nothing() =>
        Assert.StartsWith("Uploaded 0 runs", repro.Run("sync", "--spool", repro.Folder["none"]).ShouldSucceed().Output, StringComparison.Ordinal);
}
