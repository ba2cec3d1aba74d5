using System.Text.Json.Nodes;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Provenance;

// The lock's inputs as SLSA resource descriptors: code files, then data, then packages, each sorted,
// so that the list is as stable as the lock.
static class ResolvedDependencies
{
    public static JsonArray From(LockInputs inputs) => new([.. Code(inputs), .. Data(inputs), .. Packages(inputs)]);

    static IEnumerable<JsonNode> Code(LockInputs inputs) =>
        inputs.CodeFiles.OrderBy(file => file.Key, StringComparer.Ordinal)
            .Select(file => Descriptor(file.Key, Sha256(file.Value), new JsonObject { ["kind"] = "code" }));

    static IEnumerable<JsonNode> Data(LockInputs inputs) =>
        inputs.Data.OrderBy(item => item.Key, StringComparer.Ordinal)
            .Select(item => Descriptor(item.Value.Path, Sha256(item.Value.Digest), DataAnnotations(item.Key, item.Value)));

    static IEnumerable<JsonNode> Packages(LockInputs inputs) =>
        inputs.Packages.OrderBy(package => package.Key, StringComparer.Ordinal)
            .Select(package => Package(package.Key, package.Value));

    static JsonObject DataAnnotations(string name, DataDigest data)
    {
        var annotations = new JsonObject { ["item"] = name, ["kind"] = "data" };
        if (data.FileCount is { } count)
        {
            // A folder's digest is that of its sha256sum-style manifest, as in the lock.
            annotations["files"] = count;
        }

        return annotations;
    }

    // The lock keeps NuGet's own "sha512-<base64>" hash of each .nupkg; in-toto digests are hex.
    static JsonObject Package(string idAndVersion, string integrity)
    {
        var descriptor = idAndVersion.Split('/') is [var id, var version]
            ? new JsonObject { ["name"] = idAndVersion, ["uri"] = $"pkg:nuget/{id}@{version}" }
            : new JsonObject { ["name"] = idAndVersion };
        var annotations = new JsonObject { ["kind"] = "package" };
        if (Sha512Hex(integrity) is { } hex)
        {
            descriptor["digest"] = new JsonObject { ["sha512"] = hex };
        }
        else
        {
            annotations["integrity"] = integrity;
        }

        descriptor["annotations"] = annotations;
        return descriptor;
    }

    static string? Sha512Hex(string integrity)
    {
        const string Prefix = "sha512-";
        var base64 = integrity.StartsWith(Prefix, StringComparison.Ordinal) ? integrity[Prefix.Length..] : "";
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == 64 ? Convert.ToHexStringLower(bytes.AsSpan(0, written)) : null;
    }

    static JsonObject Sha256(string digest) => new() { ["sha256"] = digest };

    static JsonObject Descriptor(string name, JsonObject digest, JsonObject annotations) =>
        new() { ["annotations"] = annotations, ["digest"] = digest, ["name"] = name };
}
