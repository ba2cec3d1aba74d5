using Reproducible.Core.Evaluation;

namespace Reproducible.Core.Tests.Evaluation;

public class GateTests
{
    const string Project = "/repo/Model.csproj";

    static readonly Dictionary<string, double> Metrics = new()
    {
        ["f1"] = 0.874,
        ["loss"] = 0.2,
        ["auc"] = double.NaN,
    };

    static readonly Baseline Previous = new("origin/main", new Dictionary<string, double> { ["f1"] = 0.9, ["loss"] = 0.21 });

    static (IReadOnlyList<GateResult> Results, RecordingLog Log) Evaluate(params GateItem[] items)
    {
        var log = new RecordingLog();
        var gates = GateDefinitions.Read(items, Project, log);
        return (GateEvaluator.Evaluate(gates, Metrics, Previous, Project, log), log);
    }

    static GateItem Item(string metric, string? minimum = null, string? maximum = null, string? noWorseThan = null, string? tolerance = null, string? higherIsBetter = null) =>
        new(metric, minimum, maximum, noWorseThan, tolerance, higherIsBetter);

    [Fact]
    public void A_value_within_its_bounds_passes_and_says_so_in_one_line()
    {
        var (results, log) = Evaluate(Item("f1", minimum: "0.85", maximum: "1"));

        Assert.True(Assert.Single(results).Passed);
        Assert.Empty(log.Errors);
        Assert.Equal("Gate f1 (≥ 0.85, ≤ 1): 0.874: passed", Assert.Single(log.Messages));
    }

    [Fact]
    public void A_value_below_the_minimum_is_REPRO0040_naming_value_and_bound()
    {
        var (results, log) = Evaluate(Item("f1", minimum: "0.90"));

        Assert.False(Assert.Single(results).Passed);
        var error = Assert.Single(log.Errors);
        Assert.Equal("REPRO0040", error.Code);
        Assert.StartsWith("f1 = 0.874 is below the minimum 0.9.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_above_the_maximum_is_REPRO0040() =>
        Assert.StartsWith("loss = 0.2 is above the maximum 0.15", Assert.Single(Evaluate(Item("loss", maximum: "0.15")).Log.Errors).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("0.03", true)]
    [InlineData("0.02", false)]
    [InlineData("3%", true)]
    [InlineData("2%", false)]
    [InlineData(null, false)]
    public void Higher_is_better_against_the_baseline_within_an_absolute_or_relative_tolerance(string? tolerance, bool passes)
    {
        var (results, log) = Evaluate(Item("f1", noWorseThan: "baseline", tolerance: tolerance));

        Assert.Equal(passes, Assert.Single(results).Passed);
        if (!passes)
        {
            var error = Assert.Single(log.Errors);
            Assert.Equal("REPRO0041", error.Code);
            Assert.StartsWith($"f1 = 0.874 is worse than the baseline 0.9 (origin/main) by 0.026, more than the tolerance {(tolerance ?? "0")}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lower_is_better_when_the_gate_says_so()
    {
        Assert.True(Assert.Single(Evaluate(Item("loss", noWorseThan: "baseline", higherIsBetter: "false")).Results).Passed);
        Assert.False(Assert.Single(Evaluate(Item("loss", noWorseThan: "baseline", higherIsBetter: "true")).Results).Passed);
    }

    [Fact]
    public void A_metric_the_baseline_lacks_passes_and_says_there_was_no_baseline()
    {
        var log = new RecordingLog();
        var gates = GateDefinitions.Read([Item("recall", noWorseThan: "baseline")], Project, log);

        var result = Assert.Single(GateEvaluator.Evaluate(gates, new Dictionary<string, double> { ["recall"] = 0.5 }, Previous, Project, log));

        Assert.True(result.Passed);
        Assert.Equal("passed (no baseline value)", result.Verdict);
    }

    [Fact]
    public void A_gate_on_a_metric_never_reported_is_REPRO0042_listing_what_was()
    {
        var error = Assert.Single(Evaluate(Item("precision", minimum: "0.5")).Log.Errors);

        Assert.Equal("REPRO0042", error.Code);
        Assert.Contains("(it reported: auc, f1, loss)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_that_is_not_a_number_is_REPRO0043() =>
        Assert.Equal("REPRO0043", Assert.Single(Evaluate(Item("auc", minimum: "0.5")).Log.Errors).Code);

    [Theory]
    [InlineData(null, null, null, null, null, "it has no bound")]
    [InlineData("0.9", "0.8", null, null, null, "its Minimum 0.9 is above its Maximum 0.8")]
    [InlineData("high", null, null, null, null, "Minimum 'high' is not a number")]
    [InlineData(null, null, "main", null, null, "NoWorseThan is 'main'")]
    [InlineData(null, null, "baseline", "a bit", null, "Tolerance 'a bit' is neither")]
    [InlineData(null, null, "baseline", "-1", null, "Tolerance '-1' is neither")]
    [InlineData("0.5", null, null, "0.1", null, "it has a Tolerance but no NoWorseThan")]
    [InlineData("0.5", null, null, null, "yes", "HigherIsBetter 'yes'")]
    public void A_gate_that_cannot_be_checked_is_REPRO0044(string? minimum, string? maximum, string? noWorseThan, string? tolerance, string? higherIsBetter, string problem)
    {
        var error = Assert.Single(Evaluate(Item("f1", minimum, maximum, noWorseThan, tolerance, higherIsBetter)).Log.Errors);

        Assert.Equal("REPRO0044", error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
