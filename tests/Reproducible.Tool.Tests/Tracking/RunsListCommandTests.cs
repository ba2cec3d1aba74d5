using System.Text.Json.Nodes;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class RunsListCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    [Fact]
    public void Lists_the_latest_runs_first_with_short_ids()
    {
        var output = repro.Run("runs", "list").ShouldSucceed().Output;

        Assert.Equal(
            [SampleRuns.Churn[..12], SampleRuns.Boosted[..12], SampleRuns.Deeper[..12], SampleRuns.Baseline[..12]],
            output.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 12 && char.IsAsciiHexDigitLower(line[0]) && line[12] == ' ').Select(line => line[..12]));
        Assert.DoesNotContain(SampleRuns.Churn, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_one_experiment_up_to_a_maximum_as_json()
    {
        var runs = JsonNode.Parse(repro.Run("runs", "list", "--experiment", "fraud", "--max", "2", "--json").ShouldSucceed().Output)!.AsArray();

        Assert.Equal([SampleRuns.Boosted, SampleRuns.Deeper], runs.Select(run => (string)run!["id"]!));
        Assert.Equal("boom", (string?)runs[0]!["error"]);
    }

    [Fact]
    public void An_unknown_experiment_is_REPRO0037() =>
        Assert.Contains("error REPRO0037", repro.Run("runs", "list", "--experiment", "nope").ShouldExitWith(1).Output, StringComparison.Ordinal);

    [Fact]
    public void A_max_below_one_is_a_usage_error() =>
        Assert.Contains("--max must be at least 1", repro.Run("runs", "list", "--max", "0").ShouldFail().Output, StringComparison.Ordinal);
}
