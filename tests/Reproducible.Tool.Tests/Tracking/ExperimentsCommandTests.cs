using System.Text.Json.Nodes;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class ExperimentsCommandTests : IDisposable
{
    readonly TrackedRepro repro = new();

    public void Dispose() => repro.Dispose();

    [Fact]
    public void Lists_each_experiment_with_its_number_of_runs()
    {
        var lines = repro.Run("experiments", "list").ShouldSucceed().Output.Split('\n');

        Assert.Contains(lines, line => line.Trim().StartsWith("churn", StringComparison.Ordinal) && line.Contains(" 1 ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Trim().StartsWith("fraud", StringComparison.Ordinal) && line.Contains(" 3 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Prints_json()
    {
        var experiments = JsonNode.Parse(repro.Run("experiments", "list", "--json").ShouldSucceed().Output)!.AsArray();

        Assert.Equal(["churn", "fraud"], experiments.Select(experiment => (string)experiment!["name"]!));
        Assert.Equal([1, 3], experiments.Select(experiment => (int)experiment!["runs"]!));
    }
}
