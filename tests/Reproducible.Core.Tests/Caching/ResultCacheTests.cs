using Reproducible.Core.Caching;
using Reproducible.Core.IO;
using Reproducible.Testing;
using static Reproducible.Core.Tests.Caching.CachedModels;

namespace Reproducible.Core.Tests.Caching;

public sealed class ResultCacheTests : IDisposable
{
    readonly TemporaryDirectory folder = new();
    readonly RecordingLog log = new();

    public void Dispose() => folder.Dispose();

    ResultCache Cache => new(folder["cache"]);

    [Fact]
    public void Restores_what_it_stored_replacing_the_whole_model_folder()
    {
        var fingerprint = Fingerprint(1);
        folder.Write("bin/model/stale.bin", "old");

        Assert.True(Cache.Store(fingerprint, Train(folder["out"], "one"), MetricsJson("one"), log));
        var metrics = Cache.TryRestore(fingerprint, folder["bin/model"], log);

        Assert.NotNull(metrics);
        Assert.Equal("one", TokenOfWhole(folder["bin/model"], metrics));
        Assert.True(Cache.Contains(fingerprint));
        Assert.Equal(["model"], Directory.EnumerateDirectories(folder["bin"]).Select(Path.GetFileName));
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void A_miss_returns_null_and_leaves_the_model_folder_alone()
    {
        folder.Write("bin/model/kept.bin", "kept");

        Assert.Null(Cache.TryRestore(Fingerprint(1), folder["bin/model"], log));

        Assert.False(Cache.Contains(Fingerprint(1)));
        Assert.Equal(["kept.bin"], ModelDirectory.Files(folder["bin/model"]));
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void Lays_an_entry_out_by_fingerprint_with_a_canonical_manifest_and_no_staging_left()
    {
        var fingerprint = Fingerprint(1);

        Cache.Store(fingerprint, Train(folder["out"], "one"), MetricsJson("one"), log);

        var entry = EntryOf(folder["cache"], fingerprint);
        Assert.Equal(["files/model.json", "files/weights/layer1.bin", "manifest.json", "metrics.json"], ModelDirectory.Files(entry));
        Assert.Equal(
            $$"""
            {
              "files": {
                "files/model.json": {
                  "sha256": "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed",
                  "size": 3
                },
                "files/weights/layer1.bin": {
                  "sha256": "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed",
                  "size": 3
                },
                "metrics.json": {
                  "sha256": "{{Reproducible.Core.Hashing.Sha256File.Compute(Path.Combine(entry, "metrics.json"))}}",
                  "size": 16
                }
              }
            }

            """,
            File.ReadAllText(Path.Combine(entry, "manifest.json")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder["cache/tmp"]));
    }

    [Fact]
    public void An_entry_depends_on_nothing_but_its_content_so_clones_can_share_it()
    {
        var fingerprint = Fingerprint(1);

        new ResultCache(folder["cache"]).Store(fingerprint, Train(folder["clone-a/bin/model"], "one"), MetricsJson("one"), log);
        var metrics = new ResultCache(folder["cache"]).TryRestore(fingerprint, folder["clone-b/bin/model"], log);

        Assert.Equal("one", TokenOfWhole(folder["clone-b/bin/model"], metrics!));
        Assert.DoesNotContain(
            Directory.EnumerateFiles(folder["cache"], "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains(folder.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_build_to_store_a_fingerprint_keeps_it()
    {
        var fingerprint = Fingerprint(1);

        Assert.True(Cache.Store(fingerprint, Train(folder["first"], "first"), MetricsJson("first"), log));
        Assert.True(Cache.Store(fingerprint, Train(folder["second"], "second"), MetricsJson("second"), log));

        Assert.Equal("first", TokenOfWhole(folder["bin/model"], Cache.TryRestore(fingerprint, folder["bin/model"], log)!));
    }

    [Fact]
    public void A_cache_it_cannot_write_to_is_a_warning_not_a_failure()
    {
        var root = folder.Write("cache", "a file where the cache folder should be");

        Assert.False(new ResultCache(root).Store(Fingerprint(1), Train(folder["out"], "one"), MetricsJson("one"), log));

        var warning = Assert.Single(log.Warnings);
        Assert.Equal("REPRO0020", warning.Code);
        Assert.Contains(root, warning.Message, StringComparison.Ordinal);
        Assert.Null(new ResultCache(root).TryRestore(Fingerprint(1), folder["bin/model"], log));
    }

    [Fact]
    public void A_build_that_cannot_write_the_restored_model_leaves_a_sound_entry_in_place()
    {
        var fingerprint = Fingerprint(1);
        Cache.Store(fingerprint, Train(folder["out"], "one"), MetricsJson("one"), log);
        folder.Write("bin", "a file where the output folder should be");

        Assert.Null(Cache.TryRestore(fingerprint, folder["bin/model"], log));

        Assert.True(Cache.Contains(fingerprint));
        Assert.Empty(log.Warnings);
        Assert.Equal("one", TokenOfWhole(folder["bin2/model"], Cache.TryRestore(fingerprint, folder["bin2/model"], log)!));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("7692C3AD3540BB803C020B3AEE66CD8887123234EA0C6E7143C0ADD73FF431ED")]
    [InlineData("7692c3ad")]
    [InlineData("7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431e/")]
    [InlineData("")]
    public void A_fingerprint_is_a_sha256_in_lower_case_hex_and_nothing_else(string fingerprint)
    {
        Train(folder["out"], "one");

        Assert.Throws<ArgumentException>(() => Cache.Store(fingerprint, folder["out"], MetricsJson("one"), log));
        Assert.Throws<ArgumentException>(() => Cache.TryRestore(fingerprint, folder["bin/model"], log));
        Assert.Throws<ArgumentException>(() => Cache.Contains(fingerprint));
        Assert.False(Directory.Exists(folder["cache"]));
    }
}
