using System.Globalization;
using System.Text.Json;

namespace Reproducible.Training;

/// <summary>One metric value a trainer reports, optionally at a step (an epoch, an iteration).</summary>
/// <param name="Name">The metric's name, such as <c>f1</c>.</param>
/// <param name="Value">The value; NaN and infinities are allowed and travel as the strings <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>.</param>
/// <param name="Step">The step the value belongs to, or null for a final value.</param>
public sealed record MetricReport(string Name, double Value, long? Step = null)
{
    /// <summary>The standard-output line that reports this metric.</summary>
    public string ToLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "metric");
            json.WriteString("name", Name);
            if (double.IsFinite(Value))
            {
                json.WriteNumber("value", Value);
            }
            else
            {
                json.WriteString("value", Value.ToString(CultureInfo.InvariantCulture));
            }

            if (Step is { } step)
            {
                json.WriteNumber("step", step);
            }

            json.WriteEndObject();
        }

        return RunProtocol.MessagePrefix + System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the JSON part of a protocol message line (after <see cref="RunProtocol.MessagePrefix"/>).</summary>
    /// <exception cref="FormatException">The text is not a valid metric message; the message says why.</exception>
    public static MetricReport Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("it is not a JSON object");
            }

            var type = Text(root, "type");
            if (type != "metric")
            {
                throw new FormatException($"its type '{type}' is not one of: metric");
            }

            var name = Text(root, "name");
            if (string.IsNullOrWhiteSpace(name) || name.Length > 250 || name.Any(char.IsControl))
            {
                throw new FormatException("its name must be 1 to 250 printable characters");
            }

            return new MetricReport(name, Number(root), ReadStep(root));
        }
    }

    static string Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"it has no string property '{property}'");

    static double Number(JsonElement root) =>
        root.TryGetProperty("value", out var value) switch
        {
            false => throw new FormatException("it has no property 'value'"),
            _ when value.ValueKind == JsonValueKind.Number => double.IsFinite(value.GetDouble()) ? value.GetDouble()
                : throw new FormatException("its value is too large for a 64-bit floating-point number; report \"Infinity\" if that is meant"),
            _ when value.ValueKind == JsonValueKind.String && value.GetString() is "NaN" or "Infinity" or "-Infinity" =>
                double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            _ => throw new FormatException("its value must be a number, or one of the strings NaN, Infinity, -Infinity"),
        };

    static long? ReadStep(JsonElement root) =>
        !root.TryGetProperty("step", out var step) || step.ValueKind == JsonValueKind.Null ? null
        : step.ValueKind == JsonValueKind.Number && step.TryGetInt64(out var value) && value >= 0 ? value
        : throw new FormatException("its step must be a whole number of at least 0");
}
