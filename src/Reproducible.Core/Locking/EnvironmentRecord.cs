using System.Text.Json.Nodes;

namespace Reproducible.Core.Locking;

public sealed record EnvironmentRecord(IReadOnlyDictionary<string, string> Facts, IReadOnlyDictionary<string, string> InterpreterPackages)
{
    public static EnvironmentRecord Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public JsonObject ToJson() => new()
    {
        ["facts"] = new JsonObject(Facts.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
        ["interpreterPackages"] = new JsonObject(InterpreterPackages.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
    };

    public static EnvironmentRecord FromJson(JsonObject json) => new(
        json.RequiredObject("facts").ToDictionary(pair => pair.Key, pair => pair.Value.AsText($"environment.facts.{pair.Key}"), StringComparer.Ordinal),
        json.RequiredObject("interpreterPackages").ToDictionary(pair => pair.Key, pair => pair.Value.AsText($"environment.interpreterPackages.{pair.Key}"), StringComparer.Ordinal));
}
