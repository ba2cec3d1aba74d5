using System.Text.Json.Nodes;
using Reproducible.Testing;
using Reproducible.Tracking;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class RunsSearchCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    string[] SearchIds(params string[] arguments) =>
        [.. JsonNode.Parse(repro.Run(["runs", "search", .. arguments, "--json"]).ShouldSucceed().Output)!.AsArray().Select(run => (string)run!["id"]!)];

    [Fact]
    public void Shows_the_runs_found_with_the_metrics_and_params_named() =>
        Snapshot.Verify(repro.Run("runs", "search", "--filter", "metrics.f1 > 0.9 and params.depth = '10'", "--order-by", "metrics.f1 DESC", "--max", "5").ShouldSucceed().Output);

    [Fact]
    public void Filters_orders_and_limits() =>
        Assert.Equal([SampleRuns.Churn, SampleRuns.Boosted], SearchIds("--filter", "metrics.f1 > 0.9 and params.depth = '10'", "--order-by", "metrics.f1 DESC", "--max", "2"));

    [Fact]
    public void Or_and_parentheses_work() =>
        Assert.Equal([SampleRuns.Baseline, SampleRuns.Boosted], SearchIds("--filter", "(params.model = 'boosting' or params.depth = '5') and tags.`git.branch` LIKE '%'", "--order-by", "attributes.start_time"));

    [Fact]
    public void Keeps_to_one_experiment() =>
        Assert.Equal([SampleRuns.Boosted, SampleRuns.Deeper], SearchIds("--filter", "metrics.f1 > 0.9", "--order-by", "metrics.f1 DESC", "--experiment", "fraud"));

    [Fact]
    public void No_filter_finds_every_run_latest_first() =>
        Assert.Equal([SampleRuns.Churn, SampleRuns.Boosted, SampleRuns.Deeper, SampleRuns.Baseline], SearchIds());

    [Fact]
    public void Json_holds_each_run_whole()
    {
        var run = JsonNode.Parse(repro.Run("runs", "search", "--filter", "attributes.run_name = 'deeper'", "--json").ShouldSucceed().Output)!.AsArray().Single()!;

        Assert.Equal("fraud", (string?)run["experiment"]);
        Assert.Equal(0.97, (double)run["metrics"]!["roc_auc"]!["value"]!);
        Assert.Equal("0.5", (string?)run["params"]!["learning_rate"]);
    }

    [Fact]
    public void A_malformed_filter_is_REPRO0039_with_a_caret_under_the_column()
    {
        const string Filter = "metrics.f1 > 0.9 and params.depth '10'";

        var lines = repro.Run("runs", "search", "--filter", Filter).ShouldExitWith(2).Output.Split('\n');

        Assert.StartsWith("error REPRO0039: column 35: expected", lines[0], StringComparison.Ordinal);
        Assert.Equal($"  {Filter}", lines[1]);
        Assert.Equal($"  {new string(' ', 34)}^", lines[2]);
    }

    [Fact]
    public void A_malformed_ordering_is_REPRO0039_too()
    {
        var lines = repro.Run("runs", "search", "--order-by", "metrics.f1 SIDEWAYS").ShouldExitWith(2).Output.Split('\n');

        Assert.StartsWith("error REPRO0039: --order-by column 12: expected", lines[0], StringComparison.Ordinal);
        Assert.Equal($"  {new string(' ', 11)}^", lines[2]);
    }

    [Theory]
    [InlineData("attributes.run_name = 'x'' OR ''1''=''1'")]
    [InlineData("params.depth = '10'; DROP TABLE runs; --'")]
    [InlineData("params.depth = \"x\" OR 1=1")]
    [InlineData("metrics.`f1 > 0 OR 1=1; DELETE FROM runs; --` > 0")]
    [InlineData("tags.`user') OR ('1'='1` = 'ann'")]
    public void An_injection_attempt_finds_nothing_and_changes_nothing(string filter)
    {
        var result = repro.Run("runs", "search", "--filter", filter, "--json");

        if (result.ExitCode == 0)
        {
            Assert.Empty(JsonNode.Parse(result.Output)!.AsArray());
        }
        else
        {
            Assert.StartsWith("error REPRO0039", result.ShouldExitWith(2).Output, StringComparison.Ordinal);
        }

        using var store = RunStore.Open(repro.Store);
        Assert.Equal(4, store.ListRuns().Count);
        Assert.Equal(0.93, store.GetRun(SampleRuns.Deeper).Metrics["f1"].Value);
    }
}
