using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reproducible.Core.Locking;

static class JsonNodeExtensions
{
    public static T Required<T>(this JsonObject json, string name)
    {
        if (json[name] is not JsonValue value || !value.TryGetValue<T>(out var result))
        {
            throw new FormatException($"'{name}' is missing or is not {Describe<T>()}");
        }

        return result;
    }

    public static JsonObject RequiredObject(this JsonObject json, string name) =>
        json[name] is JsonObject value ? value : throw new FormatException($"'{name}' is missing or is not an object");

    public static JsonObject AsObjectOrThrow(this JsonNode? node, string name) =>
        node as JsonObject ?? throw new FormatException($"'{name}' is not an object");

    public static string AsText(this JsonNode? node, string name) =>
        node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new FormatException($"'{name}' is not a string");

    public static double ReadNumber(this JsonNode? node, string name) =>
        node?.GetValueKind() switch
        {
            JsonValueKind.Number => node.GetValue<double>(),
            JsonValueKind.String when node.GetValue<string>() is "NaN" or "Infinity" or "-Infinity" => double.Parse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new FormatException($"'{name}' is not a number"),
        };

    static string Describe<T>() => typeof(T) == typeof(string) ? "a string" : typeof(T) == typeof(int) ? "an integer" : typeof(T).Name;
}
