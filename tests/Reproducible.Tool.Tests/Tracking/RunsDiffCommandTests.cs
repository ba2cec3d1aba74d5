using System.Text.Json.Nodes;
using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class RunsDiffCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    [Fact]
    public void Shows_what_changed_and_each_metric_delta() =>
        Snapshot.Verify(repro.Run("runs", "diff", SampleRuns.Baseline[..8], SampleRuns.Deeper[..8]).ShouldSucceed().Output);

    [Fact]
    public void All_shows_the_parameters_that_did_not_change()
    {
        var changed = repro.Run("runs", "diff", SampleRuns.Baseline, SampleRuns.Deeper).ShouldSucceed().Output;
        var all = repro.Run("runs", "diff", SampleRuns.Baseline, SampleRuns.Deeper, "--all").ShouldSucceed().Output;

        Assert.DoesNotContain("learning_rate", changed, StringComparison.Ordinal);
        Assert.Contains("learning_rate", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_json_with_deltas()
    {
        var diff = JsonNode.Parse(repro.Run("runs", "diff", SampleRuns.Baseline, SampleRuns.Boosted, "--json").ShouldSucceed().Output)!;

        var f1 = diff["metrics"]!.AsArray().Single(metric => (string?)metric!["key"] == "f1")!;
        Assert.Equal(0.15, (double)f1["delta"]!, 9);
        var rocAuc = diff["metrics"]!.AsArray().Single(metric => (string?)metric!["key"] == "roc_auc")!;
        Assert.Null(rocAuc["b"]);
        Assert.Null(rocAuc["delta"]);
        Assert.Equal(
            ["depth", "learning_rate", "model"],
            diff["params"]!.AsArray().Select(param => (string)param!["key"]!));
        Assert.Contains(diff["attributes"]!.AsArray(), attribute => (string?)attribute!["key"] == "fingerprint");
        Assert.Equal("model.json", (string?)diff["artifacts"]![0]!["key"]);
    }

    [Fact]
    public void An_unknown_run_is_REPRO0032() =>
        Assert.Contains("error REPRO0032", repro.Run("runs", "diff", SampleRuns.Baseline, "nope").ShouldExitWith(1).Output, StringComparison.Ordinal);
}
