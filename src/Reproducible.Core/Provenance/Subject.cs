using System.Text.Json.Nodes;

namespace Reproducible.Core.Provenance;

public sealed record Subject(string Name, string Sha256)
{
    public const string PackageContent = "package-content";

    public JsonObject ToJson() => new() { ["digest"] = new JsonObject { ["sha256"] = Sha256 }, ["name"] = Name };
}
