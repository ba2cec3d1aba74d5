using System.Text.Json;
using System.Text.Json.Nodes;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Locking;

public sealed record ModelLock(LockInputs Inputs, LockOutputs Outputs, EnvironmentRecord Environment)
{
    public const int SchemaVersion = 1;
    public const string Algorithm = "sha256";
    public const string FileName = "model.lock.json";

    public string Fingerprint => Inputs.Fingerprint;

    public string ToJson() => CanonicalJson.Write(new JsonObject
    {
        ["algorithm"] = Algorithm,
        ["environment"] = Environment.ToJson(),
        ["fingerprint"] = Fingerprint,
        ["inputs"] = Inputs.ToJson(),
        ["outputs"] = Outputs.ToJson(),
        ["schemaVersion"] = SchemaVersion,
    });

    public static ModelLock? ReadIfExists(string path) => File.Exists(path) ? Parse(File.ReadAllText(path), path) : null;

    public static ModelLock Parse(string text, string path)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false }) as JsonObject
                ?? throw new ReproException(Errors.MalformedLock(path, 1, "it is not a JSON object"));
        }
        catch (JsonException e)
        {
            throw new ReproException(Errors.MalformedLock(path, (int)(e.LineNumber ?? 0) + 1, e.Message));
        }

        try
        {
            var version = json.Required<int>("schemaVersion");
            if (version > SchemaVersion)
            {
                throw new ReproException(Errors.NewerLock(path, version, SchemaVersion));
            }

            var algorithm = json.Required<string>("algorithm");
            if (algorithm != Algorithm)
            {
                throw new FormatException($"'algorithm' is '{algorithm}'; this version of Reproducible reads '{Algorithm}'");
            }

            var modelLock = new ModelLock(
                LockInputs.FromJson(json.RequiredObject("inputs")),
                LockOutputs.FromJson(json.RequiredObject("outputs")),
                EnvironmentRecord.FromJson(json.RequiredObject("environment")));
            var fingerprint = json.Required<string>("fingerprint");
            return fingerprint == modelLock.Fingerprint
                ? modelLock
                : throw new ReproException(Errors.MalformedLock(path, LineOf(text, "fingerprint"), "its fingerprint does not match its inputs, so it was edited by hand"));
        }
        catch (FormatException e)
        {
            throw new ReproException(Errors.MalformedLock(path, LineOf(text, QuotedName(e.Message)), e.Message));
        }
    }

    static string QuotedName(string message) =>
        message.IndexOf('\'') is var start and >= 0 && message.IndexOf('\'', start + 1) is var end and > 0
            ? message[(start + 1)..end].Split('.')[^1]
            : "";

    static int LineOf(string text, string property)
    {
        var index = property.Length == 0 ? -1 : text.IndexOf($"\"{property}\"", StringComparison.Ordinal);
        return index < 0 ? 1 : text.AsSpan(0, index).Count('\n') + 1;
    }
}
