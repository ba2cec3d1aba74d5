using Reproducible.Core.Metrics;
using Reproducible.Testing;
using Reproducible.Training;

namespace Reproducible.Core.Tests.Metrics;

public class MetricSetTests
{
    static MetricSet Sample()
    {
        var metrics = new MetricSet();
        metrics.Add(new MetricReport("loss", 0.6931, 1));
        metrics.Add(new MetricReport("loss", 0.5012, 2));
        metrics.Add(new MetricReport("f1", 0.8731));
        metrics.Add(new MetricReport("auc", double.NaN));
        metrics.Add(new MetricReport("accuracy", 0.5));
        metrics.Add(new MetricReport("accuracy", 0.97));
        return metrics;
    }

    [Fact]
    public void Writes_the_documented_format() => Snapshot.Verify(Sample().ToJson(), "json");

    [Fact]
    public void The_last_value_of_a_name_is_final_and_every_step_is_kept()
    {
        var metrics = Sample();

        Assert.Equal(0.97, metrics.Final["accuracy"]);
        Assert.Equal(0.5012, metrics.Final["loss"]);
        Assert.Equal([(1L, 0.6931), (2L, 0.5012)], metrics.History("loss"));
        Assert.Empty(metrics.History("f1"));
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var json = Sample().ToJson();

        Assert.Equal(json, MetricSet.Parse(json).ToJson());
        Assert.True(double.IsNaN(MetricSet.Parse(json).Final["auc"]));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"metrics\":{},\"history\":{}}", "schema version 2, newer than the 1")]
    [InlineData("{\"metrics\":{}}", "it is not a metrics file")]
    [InlineData("[1,2]", "it is not a metrics file")]
    [InlineData("{oops", "it is not a metrics file")]
    public void Rejects_what_is_not_a_metrics_file_it_can_read(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => MetricSet.Parse(json)).Message, StringComparison.Ordinal);
}
