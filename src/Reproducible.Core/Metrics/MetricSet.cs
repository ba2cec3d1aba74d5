using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reproducible.Training;

namespace Reproducible.Core.Metrics;

public sealed class MetricSet
{
    public const int SchemaVersion = 1;

    readonly SortedDictionary<string, double> final = new(StringComparer.Ordinal);
    readonly SortedDictionary<string, List<(long Step, double Value)>> history = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Final => final;

    public IReadOnlyList<(long Step, double Value)> History(string name) =>
        history.TryGetValue(name, out var values) ? values : [];

    public void Add(MetricReport report)
    {
        final[report.Name] = report.Value;
        if (report.Step is { } step)
        {
            (history.TryGetValue(report.Name, out var values) ? values : history[report.Name] = []).Add((step, report.Value));
        }
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("history");
            foreach (var (name, values) in history)
            {
                json.WriteStartArray(name);
                foreach (var (step, value) in values)
                {
                    json.WriteStartObject();
                    json.WriteNumber("step", step);
                    WriteValue(json, "value", value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("metrics");
            foreach (var (name, value) in final)
            {
                WriteValue(json, name, value);
            }

            json.WriteEndObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static MetricSet Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var version = root.GetProperty("schemaVersion").GetInt32();
            if (version > SchemaVersion)
            {
                throw new FormatException($"it has schema version {version}, newer than the {SchemaVersion} this version of Reproducible reads; update Reproducible");
            }

            var metrics = new MetricSet();
            foreach (var series in root.GetProperty("history").EnumerateObject())
            {
                foreach (var point in series.Value.EnumerateArray())
                {
                    metrics.Add(new MetricReport(series.Name, ReadValue(point.GetProperty("value")), point.GetProperty("step").GetInt64()));
                }
            }

            foreach (var metric in root.GetProperty("metrics").EnumerateObject())
            {
                metrics.final[metric.Name] = ReadValue(metric.Value);
            }

            return metrics;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"it is not a metrics file: {e.Message}", e);
        }
    }

    static double ReadValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble();

    static void WriteValue(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
