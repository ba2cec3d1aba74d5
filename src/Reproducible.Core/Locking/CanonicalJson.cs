using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reproducible.Core.Locking;

public static class CanonicalJson
{
    public static string Write(JsonNode node, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + (indented ? "\n" : "");
    }

    static void Write(Utf8JsonWriter json, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                json.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(name);
                    Write(json, value);
                }

                json.WriteEndObject();
                break;
            case JsonArray array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case null:
                json.WriteNullValue();
                break;
            default:
                node.WriteTo(json);
                break;
        }
    }
}
