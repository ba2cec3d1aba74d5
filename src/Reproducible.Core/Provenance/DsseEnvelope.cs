using System.Text.Json;
using System.Text.Json.Nodes;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Provenance;

// A DSSE v1 envelope (github.com/secure-systems-lab/dsse): the payload, its type, and signatures
// over their pre-authentication encoding.
public sealed record DsseEnvelope(string PayloadType, byte[] Payload, IReadOnlyList<DsseSignature> Signatures)
{
    public static DsseEnvelope Sign(string payloadType, byte[] payload, SigningKey key) =>
        new(payloadType, payload, [new DsseSignature(key.KeyId, key.Sign(Pae.Encode(payloadType, payload)))]);

    // keyid is only a hint (the DSSE spec forbids trusting it): every signature is tried.
    public bool IsSignedBy(PublicKey key) => Signatures.Any(signature => key.Verifies(Pae.Encode(PayloadType, Payload), signature.Sig));

    public string ToJson() => CanonicalJson.Write(
        new JsonObject
        {
            ["payload"] = Convert.ToBase64String(Payload),
            ["payloadType"] = PayloadType,
            ["signatures"] = new JsonArray([.. Signatures.Select(signature => (JsonNode)new JsonObject
            {
                ["keyid"] = signature.KeyId,
                ["sig"] = Convert.ToBase64String(signature.Sig),
            })]),
        },
        indented: false);

    public static DsseEnvelope Parse(string json)
    {
        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("it is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not JSON ({e.Message})");
        }

        var signatures = envelope["signatures"] as JsonArray ?? throw new FormatException("it has no 'signatures' list");
        return new(
            Text(envelope, "payloadType"),
            Base64(Text(envelope, "payload"), "payload"),
            [.. signatures.Select(node => node is JsonObject signature
                ? new DsseSignature(signature.ContainsKey("keyid") ? Text(signature, "keyid") : "", Base64(Text(signature, "sig"), "sig"))
                : throw new FormatException("a signature is not an object"))]);
    }

    static string Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new FormatException($"'{name}' is missing or not a string");

    // DSSE allows standard and URL-safe base64, with or without padding.
    static byte[] Base64(string text, string name)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        var bytes = new byte[standard.Length];
        return Convert.TryFromBase64String(standard, bytes, out var written) ? bytes[..written] : throw new FormatException($"'{name}' is not base64");
    }
}
