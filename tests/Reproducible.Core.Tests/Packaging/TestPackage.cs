using System.IO.Compression;
using System.Text;
using Reproducible.Core.Hashing;
using Reproducible.Core.Locking;
using Reproducible.Core.Packaging;
using Reproducible.Core.Provenance;
using Reproducible.Core.Tests.Locking;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Packaging;

// Model packages as a pack would write them, to verify, tamper with and verify again.
static class TestPackage
{
    public static byte[] Model { get; } = "{\"bias\":-1.25,\"weights\":[0.5,2.0]}\n"u8.ToArray();

    public static ModelLock Lock { get; } = LockSamples.Lock with
    {
        Inputs = LockSamples.Inputs with
        {
            Packages = new Dictionary<string, string>
            {
                ["MathNet.Numerics/5.0.0"] = "sha512-" + Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData("MathNet.Numerics.5.0.0.nupkg"u8)),
                ["Reproducible.Build/0.1.0"] = "sha512-AAAA==",
            },
        },
        Outputs = LockSamples.Lock.Outputs with { Files = new Dictionary<string, string> { ["model.json"] = Sha256File.Compute(Model) } },
    };

    public static BuildRun Run { get; } = new("FraudDetection", "1.2.0", new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), new(2025, 1, 2, 3, 9, 15, TimeSpan.Zero))
    {
        InvocationId = "00000000-0000-0000-0000-000000000001",
    };

    // What NuGet itself adds: outside the package-content digest.
    static (string, byte[])[] NuGetParts =>
    [
        ("[Content_Types].xml", "<Types />"u8.ToArray()),
        ("_rels/.rels", "<Relationships />"u8.ToArray()),
        ("FraudDetection.Model.nuspec", "<package />"u8.ToArray()),
        ("package/services/metadata/core-properties/0f1e2d.psmdcp", "<coreProperties />"u8.ToArray()),
    ];

    public static List<(string Name, byte[] Content)> Content(ModelLock? packagedLock = null) =>
    [
        ("model/model.json", Model),
        (ModelLock.FileName, Encoding.UTF8.GetBytes((packagedLock ?? Lock).ToJson())),
        ("metrics.json", "{\"metrics\":{\"f1\":0.681}}\n"u8.ToArray()),
        ("README.md", "# FraudDetection.Model 1.2.0\n"u8.ToArray()),
        ("build/FraudDetection.Model.targets", "<Project />\n"u8.ToArray()),
    ];

    // Signs content through ProvenanceWriter, as a pack does, and adds NuGet's parts.
    public static List<(string Name, byte[] Content)> Entries(SigningKey key, List<(string Name, byte[] Content)>? content = null, ModelLock? signedLock = null)
    {
        content ??= Content();
        using var staging = new TemporaryDirectory();
        var files = content.Select((entry, index) =>
        {
            var source = staging[$"{index}"];
            File.WriteAllBytes(source, entry.Content);
            return new PackageFile(source, entry.Name);
        }).ToArray();
        var provenance = ProvenanceWriter.Write(files, staging["provenance"], signedLock ?? Lock, key, Run);
        return [.. NuGetParts, .. content, (ProvenancePaths.Envelope, File.ReadAllBytes(provenance.EnvelopePath)), (ProvenancePaths.PublicKey, File.ReadAllBytes(provenance.PublicKeyPath))];
    }

    public static string Zip(string path, IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }

        return path;
    }

    public static List<(string Name, byte[] Content)> Replace(this List<(string Name, byte[] Content)> entries, string name, Func<byte[], byte[]> change) =>
        [.. entries.Select(entry => entry.Name == name ? (entry.Name, change(entry.Content)) : entry)];

    public static List<(string Name, byte[] Content)> Without(this List<(string Name, byte[] Content)> entries, string name) =>
        [.. entries.Where(entry => entry.Name != name)];

    public static byte[] ChangeEnvelope(byte[] json, Func<DsseEnvelope, DsseEnvelope> change) =>
        Encoding.UTF8.GetBytes(change(DsseEnvelope.Parse(Encoding.UTF8.GetString(json))).ToJson() + "\n");
}
