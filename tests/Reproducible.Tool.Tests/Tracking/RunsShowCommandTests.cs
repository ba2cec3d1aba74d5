using System.Text.Json.Nodes;
using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class RunsShowCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    [Fact]
    public void Shows_a_run_whole() =>
        Snapshot.Verify(repro.Run("runs", "show", SampleRuns.Baseline).ShouldSucceed().Output);

    [Fact]
    public void The_first_characters_of_an_id_are_enough() =>
        Assert.Contains(SampleRuns.Deeper, repro.Run("runs", "show", SampleRuns.Deeper[..12]).ShouldSucceed().Output, StringComparison.Ordinal);

    [Fact]
    public void Prints_json_with_the_latest_value_and_step_of_each_metric()
    {
        var run = JsonNode.Parse(repro.Run("runs", "show", SampleRuns.Deeper, "--json").ShouldSucceed().Output)!;

        Assert.Equal(0.93, (double)run["metrics"]!["f1"]!["value"]!);
        Assert.Equal(3, (int)run["metrics"]!["f1"]!["step"]!);
        Assert.Equal("10", (string?)run["params"]!["depth"]);
        Assert.Equal("bob", (string?)run["tags"]!["user"]);
        Assert.Equal("model.json", (string?)run["artifacts"]![0]!["path"]);
    }

    [Fact]
    public void Prints_a_metric_history_step_by_step()
    {
        var rows = repro.Run("runs", "show", SampleRuns.Deeper, "--history", "f1").ShouldSucceed().Output.Split('\n').Skip(2).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));

        Assert.Equal([["1", "0.85"], ["2", "0.9"], ["3", "0.93"], []], rows);
        var history = JsonNode.Parse(repro.Run("runs", "show", SampleRuns.Deeper, "--history", "f1", "--json").ShouldSucceed().Output)!.AsArray();
        Assert.Equal([0.85, 0.9, 0.93], history.Select(point => (double)point!["value"]!));
        Assert.Equal([1, 2, 3], history.Select(point => (int)point!["step"]!));
    }

    [Fact]
    public void An_unknown_run_is_REPRO0032()
    {
        var output = repro.Run("runs", "show", new string('9', 32)).ShouldExitWith(1).Output;

        Assert.StartsWith($"error REPRO0032: There is no run '{new string('9', 32)}'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_that_names_several_runs_is_REPRO0032()
    {
        var other = SampleRuns.Run("aaaa" + new string('0', 28), "fraud", "twin", "finished", SampleRuns.Start, '5', null, [], [], [], []);
        using (var store = Reproducible.Tracking.RunStore.Open(repro.Store))
        {
            store.RecordRun(other);
        }

        Assert.Contains("More than one run", repro.Run("runs", "show", "aaaa").ShouldExitWith(1).Output, StringComparison.Ordinal);
    }
}
