using System.Text.Json.Nodes;

namespace Reproducible.Tool.Commands;

static class DiffJson
{
    public static JsonArray Metrics(IEnumerable<MetricDifference> metrics, string a = "a", string b = "b") =>
        JsonOutput.Array(metrics.Select(metric => new JsonObject
        {
            ["key"] = metric.Key,
            [a] = JsonOutput.Number(metric.A),
            [b] = JsonOutput.Number(metric.B),
            ["delta"] = JsonOutput.Number(metric.Delta),
        }));
}
