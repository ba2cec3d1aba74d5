using Reproducible.Core.Caching;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Testing;
using static Reproducible.Core.Tests.Caching.CachedModels;

namespace Reproducible.Core.Tests.Caching;

public sealed class ResultCacheDamageTests : IDisposable
{
    readonly TemporaryDirectory folder = new();
    readonly RecordingLog log = new();
    readonly string fingerprint = Fingerprint(1);

    public ResultCacheDamageTests()
    {
        Cache.Store(fingerprint, Train(folder["out"], "one"), MetricsJson("one"), log);
        folder.Write("bin/model/kept.bin", "kept");
    }

    public void Dispose() => folder.Dispose();

    ResultCache Cache => new(folder["cache"]);

    string Entry => EntryOf(folder["cache"], fingerprint);

    [Theory]
    [InlineData("altered", "files/weights/layer1.bin has changed")]
    [InlineData("missing", "files/weights/layer1.bin is missing")]
    [InlineData("extra", "files/extra.bin is not in the manifest")]
    [InlineData("metrics", "metrics.json has changed")]
    [InlineData("manifest", "manifest.json cannot be read")]
    public void A_damaged_entry_is_evicted_with_a_warning_and_is_a_miss(string damage, string detail)
    {
        Damage(damage);

        Assert.Null(Cache.TryRestore(fingerprint, folder["bin/model"], log));

        AssertEvicted(detail);
    }

    [Fact]
    public void A_manifest_that_names_a_file_outside_the_entry_is_damage()
    {
        var outside = folder.Write("cache/v1/escape", "outside");
        var manifest = File.ReadAllText(Path.Combine(Entry, "manifest.json"));
        File.WriteAllText(
            Path.Combine(Entry, "manifest.json"),
            manifest.Replace("\"files\": {", $$"""
                "files": {
                    "../escape": { "sha256": "{{Sha256File.Compute(outside)}}", "size": 7 },
                """, StringComparison.Ordinal));

        Assert.Null(Cache.TryRestore(fingerprint, folder["bin/model"], log));

        AssertEvicted("'../escape'");
        Assert.Equal("outside", File.ReadAllText(outside));
    }

    [Fact]
    public void An_evicted_fingerprint_can_be_stored_again()
    {
        Damage("altered");
        Cache.TryRestore(fingerprint, folder["bin/model"], log);

        Assert.True(Cache.Store(fingerprint, Train(folder["again"], "two"), MetricsJson("two"), log));

        Assert.Equal("two", TokenOfWhole(folder["bin/model"], Cache.TryRestore(fingerprint, folder["bin/model"], log)!));
    }

    void Damage(string damage)
    {
        switch (damage)
        {
            case "altered": File.WriteAllText(Path.Combine(Entry, "files/weights/layer1.bin"), "oNe"); break;
            case "missing": File.Delete(Path.Combine(Entry, "files/weights/layer1.bin")); break;
            case "extra": File.WriteAllText(Path.Combine(Entry, "files/extra.bin"), ""); break;
            case "metrics": File.WriteAllText(Path.Combine(Entry, "metrics.json"), MetricsJson("two")); break;
            case "manifest": File.WriteAllText(Path.Combine(Entry, "manifest.json"), "{oops"); break;
            default: throw new ArgumentOutOfRangeException(nameof(damage));
        }
    }

    void AssertEvicted(string detail)
    {
        var warning = Assert.Single(log.Warnings);
        Assert.Equal("REPRO0019", warning.Code);
        Assert.Contains(fingerprint[..12], warning.Message, StringComparison.Ordinal);
        Assert.Contains(detail, warning.Message, StringComparison.Ordinal);
        Assert.False(Cache.Contains(fingerprint));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder["cache/tmp"]));
        Assert.Equal(["kept.bin"], ModelDirectory.Files(folder["bin/model"]));
        Assert.Equal(["model"], Directory.EnumerateDirectories(folder["bin"]).Select(Path.GetFileName));
    }
}
