using Reproducible.Testing;

namespace Reproducible.Tool.Tests;

public sealed class MetricsCommandTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    string Metrics() => folder.Write("metrics.json", """
        {
          "history": { "loss": [ { "step": 1, "value": 0.5 } ] },
          "metrics": { "f1": 0.8731, "loss": 0.5, "roc_auc": "NaN" },
          "schemaVersion": 1
        }
        """);

    [Fact]
    public void Shows_final_metrics_as_a_table() =>
        Snapshot.Verify(Repro.Run(folder.Path, "metrics", "show", Metrics()).ShouldSucceed().Output);

    [Fact]
    public void Shows_them_as_canonical_json() =>
        Snapshot.Verify(Repro.Run(folder.Path, "metrics", "show", Metrics(), "--json").ShouldSucceed().Output, "json");

    [Theory]
    [InlineData("{ \"schemaVersion\": 9, \"metrics\": {}, \"history\": {} }", "schema version 9")]
    [InlineData("not json", "it is not a metrics file")]
    public void A_file_it_cannot_read_is_REPRO0011(string content, string reason)
    {
        var path = folder.Write("bad.json", content);

        var output = Repro.Run(folder.Path, "metrics", "show", path).ShouldFail().Output;

        Assert.Contains($"error REPRO0011: Cannot read '{path}'", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_REPRO0011() =>
        Assert.Contains("error REPRO0011", Repro.Run(folder.Path, "metrics", "show", folder["absent.json"]).ShouldFail().Output, StringComparison.Ordinal);
}
