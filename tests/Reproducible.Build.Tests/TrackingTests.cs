using Reproducible.Tracking;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class TrackingTests(PackedPlugin plugin)
{
    ModelProject Project(string trainer = """
        echo '##repro {"type":"metric","name":"loss","value":0.7,"step":1}'
        echo '##repro {"type":"metric","name":"loss","value":0.4,"step":2}'
        echo '##repro {"type":"metric","name":"f1","value":0.8}'
        echo model > "$REPRO_OUTPUT_DIR/model.bin"
        """) =>
        ModelProject.Create(
            plugin,
            "Tracked",
            "<TrainCommand>sh train.sh</TrainCommand><PackageId>Contoso.Tracked</PackageId>",
            """<Hyperparameter Include="depth" Value="$(Depth)" />""",
            ("train.sh", trainer));

    static Dictionary<string, string?> Store(string location) => new() { ["REPRO_STORE"] = location };

    [Fact]
    public void Every_training_and_every_restore_is_a_run_in_the_store()
    {
        var project = Project();
        var store = Path.Combine(project.Directory, "..", "runs.db");

        project.Build(Store(store), "-p:Depth=1").ShouldSucceed();
        project.Build(Store(store), "-p:Depth=2").ShouldSucceed();
        var restore = project.Build(Store(store), "-p:Depth=1").ShouldSucceed();
        project.Build(Store(store), "-p:Depth=1").ShouldSucceed();

        Assert.Contains("Recorded run ", restore.Output, StringComparison.Ordinal);
        using var runs = RunStore.Open(store);
        var recorded = runs.ListRuns("Contoso.Tracked");
        Assert.Equal(["restored", "trained", "trained"], recorded.Select(run => run.Source));
        Assert.All(recorded, run => Assert.Equal("finished", run.Status));
        var first = runs.GetRun(recorded[^1].Id, withHistory: true);
        Assert.Equal("1", first.Params["depth"]);
        Assert.Equal(0.8, first.Metrics["f1"].Value);
        Assert.Equal([0.7, 0.4], first.History.Where(point => point.Key == "loss").Select(point => point.Value));
        Assert.Equal("model.bin", Assert.Single(first.Artifacts).Path);
        Assert.Equal("Tracked", first.Tags["project"]);
        Assert.Equal(recorded[^1].Fingerprint, recorded[0].Fingerprint);
    }

    [Fact]
    public void A_failed_training_is_a_failed_run_with_the_end_of_its_errors()
    {
        var project = Project("""
            echo "ValueError: could not convert 'abc'" >&2
            exit 4
            """);
        var store = Path.Combine(project.Directory, "..", "runs.db");

        project.Build(Store(store), "-p:Depth=1").ShouldFail();

        using var runs = RunStore.Open(store);
        var run = Assert.Single(runs.ListRuns());
        Assert.Equal("failed", run.Status);
        Assert.Contains("ValueError: could not convert 'abc'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_store_spools_the_run_with_a_warning_and_the_build_succeeds()
    {
        var project = Project();
        var spool = Path.Combine(plugin.Home, ".local", "share", "reproducible", "spool");
        var before = Directory.Exists(spool) ? Directory.GetFiles(spool).Length : 0;

        var build = project.Build(Store("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2"), "-p:Depth=3").ShouldSucceed();

        Assert.Contains("warning REPRO0034", build.Output, StringComparison.Ordinal);
        Assert.Equal(before + 1, Directory.GetFiles(spool).Length);
    }
}
