using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reproducible.Training;

/// <summary>What the build hands a trainer: the run context file of protocol version 1.</summary>
/// <param name="Seed">The training seed.</param>
/// <param name="Parameters">The hyperparameters by name, as declared.</param>
/// <param name="Data">The absolute path of each training data item, by name.</param>
/// <param name="OutputDirectory">The absolute path of the folder the trainer writes its model files to.</param>
public sealed record RunContext(
    int Seed,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Data,
    string OutputDirectory)
{
    /// <summary>The context as the canonical JSON text of the context file.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteMap(json, "data", Data);
            json.WriteString("outputDirectory", OutputDirectory);
            WriteMap(json, "parameters", Parameters);
            json.WriteNumber("protocol", RunProtocol.Version);
            json.WriteNumber("seed", Seed);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a context file's text.</summary>
    /// <exception cref="FormatException">The text is not a context of a protocol version this library speaks.</exception>
    public static RunContext Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var protocol = root.GetProperty("protocol").GetInt32();
            if (protocol != RunProtocol.Version)
            {
                throw new FormatException($"The run context has protocol version {protocol}; this library speaks version {RunProtocol.Version}. Update the Reproducible.Training package.");
            }

            return new RunContext(
                root.GetProperty("seed").GetInt32(),
                ReadMap(root.GetProperty("parameters")),
                ReadMap(root.GetProperty("data")),
                root.GetProperty("outputDirectory").GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"The run context is not valid: {e.Message}", e);
        }
    }

    static void WriteMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    static Dictionary<string, string> ReadMap(JsonElement element) =>
        element.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString()!, StringComparer.Ordinal);
}
