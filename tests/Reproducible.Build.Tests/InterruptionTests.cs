using System.Diagnostics;
using Reproducible.Core.Locking;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class InterruptionTests(PackedPlugin plugin)
{
    ModelProject Project(string cacheRoot) =>
        ModelProject.Create(
            plugin,
            "Interrupted",
            $"<TrainCommand>sh train.sh</TrainCommand><ReproCacheRoot>{cacheRoot}</ReproCacheRoot>",
            """<TrainingData Include="data.csv" /><Hyperparameter Include="depth" Value="$(Depth)" /><Hyperparameter Include="pause" Value="$(Pause)" />""",
            ("train.sh", """
                touch started
                echo model > "$REPRO_OUTPUT_DIR/model.bin"
                sleep "$(grep -o '"pause": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)"
                echo '##repro {"type":"metric","name":"f1","value":0.5}'
                """),
            ("data.csv", "x\n1\n"));

    [Fact]
    public void Killing_a_build_while_it_trains_leaves_the_lock_and_the_cache_as_they_were()
    {
        var cache = plugin.NewProjectDirectory("cache");
        var project = Project(cache);
        project.Build("-p:Depth=1", "-p:Pause=0").ShouldSucceed();
        var lockBefore = File.ReadAllBytes(project.LockFile);
        var entriesBefore = Entries(cache);

        using (var build = Start(project, "-p:Depth=2", "-p:Pause=60"))
        {
            WaitFor(Path.Combine(project.Directory, "started"), build);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        Assert.Equal(lockBefore, File.ReadAllBytes(project.LockFile));
        Assert.Equal(entriesBefore, Entries(cache));
        Assert.Empty(Directory.EnumerateFiles(project.Directory, "*.tmp", SearchOption.AllDirectories));
        ModelLock.Parse(File.ReadAllText(project.LockFile), project.LockFile);

        var again = project.Build("-p:Depth=1", "-p:Pause=0").ShouldSucceed();
        Assert.Contains("Model is up to date", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Killing_builds_at_random_moments_never_leaves_a_torn_lock_or_cache_entry()
    {
        var cache = plugin.NewProjectDirectory("cache");
        var project = Project(cache);
        project.Build("-p:Depth=0", "-p:Pause=0").ShouldSucceed();
        var random = new Random(20261122);
        for (var depth = 1; depth <= 6; depth++)
        {
            var before = File.ReadAllText(project.LockFile);
            using (var build = Start(project, $"-p:Depth={depth}", "-p:Pause=0"))
            {
                Thread.Sleep(random.Next(1500, 4500));
                build.Kill(entireProcessTree: true);
                build.WaitForExit();
            }

            var after = File.ReadAllText(project.LockFile);
            var parsed = ModelLock.Parse(after, project.LockFile);
            Assert.True(after == before || parsed.Inputs.Parameters["depth"] == depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "the lock is neither the old one nor the new one");
            foreach (var fingerprint in Entries(cache))
            {
                var restored = new Reproducible.Core.Caching.ResultCache(cache).TryRestore(fingerprint!, Path.Combine(project.Directory, "probe"), new NoLog());
                Assert.NotNull(restored);
            }
        }

        project.Build("-p:Depth=7", "-p:Pause=0").ShouldSucceed();
    }

    [Fact]
    public void Two_builds_sharing_one_cache_at_once_both_succeed_and_agree()
    {
        var cache = plugin.NewProjectDirectory("shared-cache");
        var first = Project(cache);
        var second = Project(cache);

        var builds = new[] { first, second }.AsParallel().Select(project => project.Build("-p:Depth=1", "-p:Pause=2")).ToArray();

        Assert.All(builds, build => build.ShouldSucceed());
        Assert.Equal(File.ReadAllBytes(first.LockFile), File.ReadAllBytes(second.LockFile));
        Assert.Single(Entries(cache));
        var third = Project(cache).Build("-p:Depth=1", "-p:Pause=2").ShouldSucceed();
        Assert.True(third.Output.Contains("Restored the model from the cache", StringComparison.Ordinal), third.Output);
    }

    sealed class NoLog : Reproducible.Core.Diagnostics.ILog
    {
        public bool HasErrors => false;

        public void Message(string text)
        {
        }

        public void Warning(Reproducible.Core.Diagnostics.Diagnostic diagnostic) => Assert.Fail($"a cache entry was torn: {diagnostic}");

        public void Error(Reproducible.Core.Diagnostics.Diagnostic diagnostic) => Assert.Fail(diagnostic.ToString());
    }

    static string[] Entries(string cache) =>
        Directory.Exists(Path.Combine(cache, "v1"))
            ? Directory.EnumerateDirectories(Path.Combine(cache, "v1"), "*", SearchOption.TopDirectoryOnly)
                .SelectMany(Directory.EnumerateDirectories).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray()
            : [];

    Process Start(ModelProject project, params string[] arguments) => plugin.Start(project.Directory, new Dictionary<string, string?>(), ["build", .. arguments]);

    static void WaitFor(string file, Process build)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(file))
        {
            Assert.False(build.HasExited, "the build ended before training started");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "training did not start");
            Thread.Sleep(50);
        }
    }
}
