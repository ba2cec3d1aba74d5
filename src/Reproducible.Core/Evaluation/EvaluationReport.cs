using System.Text;
using System.Text.Json.Nodes;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Evaluation;

public sealed record EvaluationReport(string Model, IReadOnlyDictionary<string, double> Metrics, Baseline? Baseline, IReadOnlyList<GateResult> Gates)
{
    public const int SchemaVersion = 1;

    public bool Passed => Gates.All(gate => gate.Passed);

    IEnumerable<Row> Rows =>
        Metrics.Keys.Union(Gates.Select(gate => gate.Gate.Metric)).Order(StringComparer.Ordinal).Select(name => new Row(
            name,
            Metrics.TryGetValue(name, out var value) ? value : null,
            Baseline?.Metrics.TryGetValue(name, out var baseline) == true ? baseline : null,
            Gates.Where(gate => gate.Gate.Metric == name).ToArray()));

    public string ToMarkdown()
    {
        var text = new StringBuilder()
            .Append($"## Model evaluation: {Model}\n\n")
            .Append(Passed ? "All gates passed.\n\n" : $"**{Gates.Count(gate => !gate.Passed)} of {Gates.Count} gates failed.**\n\n")
            .Append($"| metric | value | baseline{(Baseline is null ? "" : $" ({Baseline.Ref})")} | delta | gate | verdict |\n")
            .Append("| --- | ---: | ---: | ---: | --- | --- |\n");
        foreach (var row in Rows)
        {
            text.Append($"| {row.Name} | {Cell(row.Value)} | {Cell(row.Baseline)} | {(row.Delta is { } delta ? Numbers.Signed(delta) : "")} | {string.Join("; ", row.Gates.Select(gate => gate.Gate.Describe()))} | {Verdict(row)} |\n");
        }

        return text.ToString();
    }

    public string ToJson() => CanonicalJson.Write(new JsonObject
    {
        ["baseline"] = Baseline is null ? null : new JsonObject { ["ref"] = Baseline.Ref },
        ["metrics"] = new JsonArray(Rows.Select(row => (JsonNode)new JsonObject
        {
            ["baseline"] = Number(row.Baseline),
            ["delta"] = Number(row.Delta),
            ["gates"] = new JsonArray(row.Gates.Select(gate => (JsonNode)new JsonObject
            {
                ["description"] = gate.Gate.Describe(),
                ["passed"] = gate.Passed,
                ["verdict"] = gate.Verdict,
            }).ToArray()),
            ["name"] = row.Name,
            ["value"] = Number(row.Value),
        }).ToArray()),
        ["model"] = Model,
        ["passed"] = Passed,
        ["schemaVersion"] = SchemaVersion,
    });

    static string Cell(double? value) => value is { } v ? (double.IsFinite(v) ? Numbers.Format(v) : v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : "—";

    static string Verdict(Row row) =>
        row.Gates.Length == 0 ? "" : row.Gates.All(gate => gate.Passed) ? "✅ passed" : "❌ " + string.Join("; ", row.Gates.Where(gate => !gate.Passed).Select(gate => gate.Verdict));

    static JsonNode? Number(double? value) =>
        value is not { } v ? null : double.IsFinite(v) ? JsonValue.Create(v) : JsonValue.Create(v.ToString(System.Globalization.CultureInfo.InvariantCulture));

    sealed record Row(string Name, double? Value, double? Baseline, GateResult[] Gates)
    {
        public double? Delta => Value is { } value && Baseline is { } baseline && double.IsFinite(value) && double.IsFinite(baseline) ? value - baseline : null;
    }
}
