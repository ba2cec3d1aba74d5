using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;

namespace Reproducible.Core.Caching;

sealed class CacheManifest
{
    public const string FileName = "manifest.json";

    readonly SortedDictionary<string, CachedFile> files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CachedFile> Files => files;

    public static CacheManifest Describe(string entry)
    {
        var manifest = new CacheManifest();
        foreach (var file in ModelDirectory.Files(entry).Where(file => file != FileName))
        {
            var path = Path.Combine(entry, file);
            manifest.files.Add(file, new CachedFile(Sha256File.Compute(path), new FileInfo(path).Length));
        }

        return manifest;
    }

    public string? Difference(CacheManifest actual) =>
        files.Keys.FirstOrDefault(file => !actual.files.ContainsKey(file)) is { } missing ? $"{missing} is missing"
        : actual.files.Keys.FirstOrDefault(file => !files.ContainsKey(file)) is { } extra ? $"{extra} is not in the manifest"
        : files.FirstOrDefault(file => actual.files[file.Key] != file.Value).Key is { } changed ? $"{changed} has changed"
        : null;

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("files");
            foreach (var (path, file) in files)
            {
                json.WriteStartObject(path);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("size", file.Size);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static CacheManifest Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var manifest = new CacheManifest();
            foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
            {
                // The cache folder may be shared, so a path read back from it is not trusted.
                if (!EntryPath.IsInside(file.Name))
                {
                    throw new FormatException($"it names '{file.Name}', which is not a path inside the entry");
                }

                manifest.files.Add(file.Name, new CachedFile(file.Value.GetProperty("sha256").GetString() ?? "", file.Value.GetProperty("size").GetInt64()));
            }

            return manifest;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"it is not a cache manifest: {e.Message}", e);
        }
    }
}
