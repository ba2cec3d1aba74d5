using System.Text.Json.Nodes;
using Reproducible.Core.Hashing;

namespace Reproducible.Core.Locking;

public sealed record LockInputs(
    string Trainer,
    IReadOnlyDictionary<string, string> CodeFiles,
    IReadOnlyDictionary<string, string> Packages,
    IReadOnlyDictionary<string, DataDigest> Data,
    IReadOnlyDictionary<string, string> Parameters,
    int Seed,
    IReadOnlyDictionary<string, string> Environment)
{
    public string Fingerprint => Sha256File.Compute(System.Text.Encoding.UTF8.GetBytes(CanonicalJson.Write(ToJson(), indented: false)));

    public JsonObject ToJson() => new()
    {
        ["code"] = new JsonObject { ["files"] = Map(CodeFiles), ["packages"] = Map(Packages) },
        ["data"] = new JsonObject(Data.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)DataJson(pair.Value)))),
        ["environment"] = Map(Environment),
        ["parameters"] = Map(Parameters),
        ["seed"] = Seed,
        ["trainer"] = Trainer,
    };

    public static LockInputs FromJson(JsonObject json) => new(
        json.Required<string>("trainer"),
        ReadMap(json.RequiredObject("code").RequiredObject("files")),
        ReadMap(json.RequiredObject("code").RequiredObject("packages")),
        json.RequiredObject("data").ToDictionary(pair => pair.Key, pair => ReadData(pair.Value.AsObjectOrThrow($"data.{pair.Key}"), pair.Key), StringComparer.Ordinal),
        ReadMap(json.RequiredObject("parameters")),
        json.Required<int>("seed"),
        ReadMap(json.RequiredObject("environment")));

    static JsonObject DataJson(DataDigest data)
    {
        var json = new JsonObject { ["digest"] = data.Digest, ["path"] = data.Path };
        if (data.FileCount is { } count)
        {
            json["files"] = count;
        }

        return json;
    }

    static DataDigest ReadData(JsonObject json, string name) =>
        new(json.Required<string>("path"), json.Required<string>("digest"), json.ContainsKey("files") ? json.Required<int>("files") : null);

    static JsonObject Map(IReadOnlyDictionary<string, string> map) =>
        new(map.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)));

    static Dictionary<string, string> ReadMap(JsonObject json) =>
        json.ToDictionary(pair => pair.Key, pair => pair.Value.AsText(pair.Key), StringComparer.Ordinal);
}
