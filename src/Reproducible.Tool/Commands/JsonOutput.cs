using System.Globalization;
using System.Text.Json.Nodes;
using Reproducible.Core.Locking;

namespace Reproducible.Tool.Commands;

static class JsonOutput
{
    public static int Write(JsonNode json)
    {
        Console.Out.Write(CanonicalJson.Write(json));
        return ExitCodes.Ok;
    }

    // JSON has no NaN or infinities: they are written as strings, as in model.lock.json.
    public static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));

    public static JsonNode? Number(double? value) => value is { } number ? Number(number) : null;

    public static JsonObject Map(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)));

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
