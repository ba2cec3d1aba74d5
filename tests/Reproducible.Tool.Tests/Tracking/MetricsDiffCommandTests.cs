using System.Text.Json.Nodes;
using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class MetricsDiffCommandTests : IDisposable
{
    readonly LockRepository repository = new();
    readonly TrackedRepro repro = new(seeded: false);

    public void Dispose()
    {
        repository.Dispose();
        repro.Dispose();
    }

    [Fact]
    public void Compares_the_working_tree_with_HEAD_as_a_table()
    {
        var lines = repro.RunIn(repository.Project, "metrics", "diff").ShouldSucceed().Output.Split('\n').Select(line => line.Trim()).ToList();

        Assert.Contains(lines, line => line.StartsWith("metric", StringComparison.Ordinal) && line.Contains("HEAD", StringComparison.Ordinal) && line.Contains("workspace", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["f1", "0.681", "0.7", "+0.019"]);
        Assert.Contains(lines, line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["loss", "0.3", "-", "-"]);
    }

    [Fact]
    public void Prints_a_markdown_table_for_a_pull_request() =>
        Snapshot.Verify(repro.RunIn(repository.Folder.Path, "metrics", "diff", "HEAD~1", "--project", repository.Project, "--md").ShouldSucceed().Output, "md");

    [Fact]
    public void Prints_json()
    {
        var metrics = JsonNode.Parse(repro.RunIn(repository.Project, "metrics", "diff", "--json").ShouldSucceed().Output)!["metrics"]!.AsArray();

        Assert.Equal(["accuracy", "f1", "loss", "roc_auc"], metrics.Select(metric => (string)metric!["key"]!));
        var f1 = metrics[1]!;
        Assert.Equal(0.681, (double)f1["old"]!);
        Assert.Equal(0.7, (double)f1["new"]!);
        Assert.Equal(0.019, (double)f1["delta"]!, 9);
        Assert.Null(metrics[0]!["old"]);
    }

    [Fact]
    public void A_ref_that_does_not_exist_is_REPRO0045() =>
        Assert.Contains("error REPRO0045", repro.RunIn(repository.Project, "metrics", "diff", "no-such-branch").ShouldExitWith(1).Output, StringComparison.Ordinal);

    [Fact]
    public void A_folder_without_a_lock_is_REPRO0011() =>
        Assert.Contains("error REPRO0011", repro.RunIn(repository.Folder.Path, "metrics", "diff").ShouldExitWith(1).Output, StringComparison.Ordinal);
}
