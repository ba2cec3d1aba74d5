using System.Collections.Concurrent;
using Reproducible.Core.Caching;
using Reproducible.Testing;
using static Reproducible.Core.Tests.Caching.CachedModels;

namespace Reproducible.Core.Tests.Caching;

public sealed class ResultCacheConcurrencyTests : IDisposable
{
    const int Builds = 8;
    const int Rounds = 40;

    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Builds_storing_and_restoring_one_fingerprint_at_once_all_get_one_whole_entry()
    {
        var cache = new ResultCache(folder["cache"]);
        var round = new Barrier(Builds);
        var warnings = new ConcurrentQueue<string>();

        AtOnce(Builds, build =>
        {
            var log = new RecordingLog();
            for (var inputs = 0; inputs < Rounds; inputs++)
            {
                round.SignalAndWait();
                var token = $"build {build}, round {inputs}";
                Assert.True(cache.Store(Fingerprint(inputs), Train(folder[$"out-{build}-{inputs}"], token), MetricsJson(token), log));
                var restored = folder[$"bin-{build}/model"];
                var metrics = cache.TryRestore(Fingerprint(inputs), restored, log);

                // Nothing damages an entry here, so once stored it stays, and every build gets the same one.
                Assert.NotNull(metrics);
                Assert.EndsWith($"round {inputs}", TokenOfWhole(restored, metrics), StringComparison.Ordinal);
            }

            log.Warnings.ForEach(warning => warnings.Enqueue(warning.ToString()));
        });

        Assert.Empty(warnings);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder["cache/tmp"]));
    }

    [Fact]
    public void Builds_racing_an_eviction_get_a_miss_or_a_whole_model_and_never_an_exception()
    {
        var cache = new ResultCache(folder["cache"]);
        var fingerprint = Fingerprint(1);
        var damaged = Path.Combine(EntryOf(folder["cache"], fingerprint), "files/model.json");
        var warnings = new ConcurrentQueue<string>();
        using var done = new CountdownEvent(Builds - 1);

        AtOnce(Builds, build =>
        {
            if (build == 0)
            {
                while (!done.IsSet)
                {
                    try
                    {
                        File.WriteAllText(damaged, "damage");
                    }
                    catch (IOException)
                    {
                        // The entry is being evicted or has not been stored again yet.
                    }

                    Thread.Sleep(1);
                }

                return;
            }

            var log = new RecordingLog();
            try
            {
                for (var attempt = 0; attempt < Rounds * 2; attempt++)
                {
                    var token = $"build {build}";
                    cache.Store(fingerprint, Train(folder[$"out-{build}"], token), MetricsJson(token), log);
                    var restored = folder[$"bin-{build}/model"];
                    if (cache.TryRestore(fingerprint, restored, log) is { } metrics)
                    {
                        Assert.StartsWith("build ", TokenOfWhole(restored, metrics), StringComparison.Ordinal);
                    }
                }
            }
            finally
            {
                done.Signal();
            }

            log.Warnings.ForEach(warning => warnings.Enqueue(warning.ToString()));
        });

        Assert.NotEmpty(warnings);
        Assert.All(warnings, warning => Assert.StartsWith("REPRO0019", warning, StringComparison.Ordinal));
    }

    static void AtOnce(int threads, Action<int> body)
    {
        var failures = new ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, threads).Select(index => new Thread(() =>
        {
            try
            {
                body(index);
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToArray();
        Array.ForEach(workers, worker => worker.Start());
        Array.ForEach(workers, worker => worker.Join());
        Assert.Empty(failures);
    }
}
