using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reproducible.Core.Provenance;

// What the verifier needs from a statement: its subjects and the fingerprint of the inputs it claims.
public sealed record ProvenanceClaims(IReadOnlyList<Subject> Subjects, string Fingerprint)
{
    public static ProvenanceClaims Parse(ReadOnlySpan<byte> payload)
    {
        JsonObject statement;
        try
        {
            statement = JsonNode.Parse(payload) as JsonObject ?? throw new FormatException("the payload is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the payload is not JSON ({e.Message})");
        }

        Expect(statement, "_type", ProvenanceStatement.StatementType);
        Expect(statement, "predicateType", ProvenanceStatement.PredicateType);
        var subjects = (statement["subject"] as JsonArray ?? throw new FormatException("it has no 'subject' list")).Select(ReadSubject).ToArray();
        var fingerprint = statement["predicate"]?["buildDefinition"]?["internalParameters"]?["fingerprint"] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new FormatException("it has no 'predicate.buildDefinition.internalParameters.fingerprint'");
        return new(subjects, fingerprint);
    }

    static Subject ReadSubject(JsonNode? node) =>
        node is JsonObject subject
        && subject["name"] is JsonValue name && name.TryGetValue<string>(out var nameText)
        && subject["digest"]?["sha256"] is JsonValue digest && digest.TryGetValue<string>(out var digestText)
            ? new Subject(nameText, digestText)
            : throw new FormatException("a subject lacks a name or a sha256 digest");

    static void Expect(JsonObject statement, string name, string expected)
    {
        if (statement[name] is not JsonValue value || !value.TryGetValue<string>(out var text) || text != expected)
        {
            throw new FormatException($"its '{name}' is not '{expected}'");
        }
    }
}
