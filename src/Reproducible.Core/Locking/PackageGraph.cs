using System.Text.Json;

namespace Reproducible.Core.Locking;

// The resolved packages come from NuGet's project.assets.json, which restore writes: every
// package of the graph with its exact version and the SHA-512 of its .nupkg.
public static class PackageGraph
{
    public static IReadOnlyDictionary<string, string> Read(string? assetsFile)
    {
        var packages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(assetsFile) || !File.Exists(assetsFile))
        {
            return packages;
        }

        using var stream = File.OpenRead(assetsFile);
        using var document = JsonDocument.Parse(stream);
        if (!document.RootElement.TryGetProperty("libraries", out var libraries))
        {
            return packages;
        }

        foreach (var library in libraries.EnumerateObject())
        {
            if (library.Value.TryGetProperty("type", out var type) && type.GetString() == "package")
            {
                packages[library.Name] = library.Value.TryGetProperty("sha512", out var sha) ? "sha512-" + sha.GetString() : "";
            }
        }

        return packages;
    }
}
