using System.Text;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;

namespace Reproducible.Core.Tests.Caching;

static class CachedModels
{
    public static string Fingerprint(int inputs) => Sha256File.Compute(Encoding.UTF8.GetBytes($"inputs {inputs}"));

    public static string EntryOf(string root, string fingerprint) => Path.Combine(root, "v1", fingerprint[..2], fingerprint);

    public static string Train(string modelDirectory, string token)
    {
        Directory.CreateDirectory(Path.Combine(modelDirectory, "weights"));
        File.WriteAllText(Path.Combine(modelDirectory, "model.json"), token);
        File.WriteAllText(Path.Combine(modelDirectory, "weights/layer1.bin"), token);
        return modelDirectory;
    }

    public static string MetricsJson(string token) => $$"""{"token":"{{token}}"}""" + "\n";

    // A model made of two entries would mix tokens.
    public static string TokenOfWhole(string modelDirectory, string metrics)
    {
        Assert.Equal(["model.json", "weights/layer1.bin"], ModelDirectory.Files(modelDirectory));
        var token = File.ReadAllText(Path.Combine(modelDirectory, "model.json"));
        Assert.Equal(token, File.ReadAllText(Path.Combine(modelDirectory, "weights/layer1.bin")));
        Assert.Equal(MetricsJson(token), metrics);
        return token;
    }
}
