using System.Globalization;
using System.Text.Json.Nodes;

namespace Reproducible.Core.Locking;

public sealed record LockOutputs(IReadOnlyDictionary<string, string> Files, IReadOnlyDictionary<string, double> Metrics)
{
    public JsonObject ToJson() => new()
    {
        ["files"] = new JsonObject(Files.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
        ["metrics"] = new JsonObject(Metrics.Select(pair => KeyValuePair.Create(pair.Key, Number(pair.Value)))),
    };

    public static LockOutputs FromJson(JsonObject json) => new(
        json.RequiredObject("files").ToDictionary(pair => pair.Key, pair => pair.Value.AsText($"outputs.files.{pair.Key}"), StringComparer.Ordinal),
        json.RequiredObject("metrics").ToDictionary(pair => pair.Key, pair => pair.Value.ReadNumber($"outputs.metrics.{pair.Key}"), StringComparer.Ordinal));

    static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));
}
