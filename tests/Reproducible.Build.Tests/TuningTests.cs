using System.Globalization;
using Reproducible.Core.Locking;
using Reproducible.Testing;
using Reproducible.Tracking;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class TuningTests(PackedPlugin plugin)
{
    static Dictionary<string, string?> Store(string location) => new() { ["REPRO_STORE"] = location };

    [Fact]
    public void The_Tune_target_studies_the_CSharp_sample_and_apply_makes_the_next_build_train_and_lock_the_best()
    {
        var project = ModelProject.FromSample(plugin, "FraudDetection");
        var store = Path.Combine(project.Directory, "..", "runs.db");

        var tune = project.Build(Store(store), "-t:Tune", "-p:TuneTrials=4", "-p:TuneParallel=2", "-p:TuneApply=true").ShouldSucceed();

        Assert.False(File.Exists(project.MetricsFile), "a Tune build must not train the project's own model");
        using var runs = RunStore.Open(store);
        var study = Assert.Single(runs.ListRuns(), run => run.ParentRunId is null);
        Assert.Equal(("FraudDetection-f1", "tuning", "finished"), (study.Name, study.Source, study.Status));
        var trials = runs.ListRuns().Where(run => run.ParentRunId == study.Id).Select(run => runs.GetRun(run.Id, withHistory: true)).ToList();
        Assert.Equal(4, trials.Count);
        Assert.All(trials, trial =>
        {
            Assert.Equal("finished", trial.Info.Status);
            Assert.Equal(["epochs", "l2", "learning_rate", "positive_weight"], trial.Params.Keys.Order(StringComparer.Ordinal));
            Assert.Contains(trial.History, point => point.Key == "f1" && point.Step == 25);
            Assert.Equal("model.json", Assert.Single(trial.Artifacts).Path);
        });
        var best = trials.MaxBy(trial => trial.Metrics["f1"].Value)!;
        Assert.Contains($"Best: trial {best.Tags["repro.trial"]}, f1 = ", tune.Output, StringComparison.Ordinal);
        var projectFile = File.ReadAllText(project.ProjectFile);
        Assert.All(best.Params, parameter => Assert.Contains($"<Hyperparameter Include=\"{parameter.Key}\" Value=\"{parameter.Value}\" />", projectFile, StringComparison.Ordinal));

        var build = project.Build(Store(store)).ShouldSucceed();

        Assert.Contains("Training because", build.Output, StringComparison.Ordinal);
        var locked = ModelLock.Parse(File.ReadAllText(project.LockFile), project.LockFile);
        Assert.Equal(best.Params.OrderBy(pair => pair.Key, StringComparer.Ordinal), locked.Inputs.Parameters.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(best.Metrics["f1"].Value, locked.Outputs.Metrics["f1"], 12);
    }

    [Fact]
    public void A_study_killed_midway_resumes_from_the_store_without_running_a_finished_trial_again()
    {
        var project = ModelProject.Create(
            plugin,
            "Tuned",
            "<TrainCommand>sh train.sh</TrainCommand><TuneMetric>score</TuneMetric><TuneDirection>maximize</TuneDirection>",
            """<Hyperparameter Include="x" Value="0" /><SearchSpace Include="x" Low="-5" High="5" />""",
            ("train.sh", """
                x=$(grep -o '"x": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)
                sleep 1
                awk "BEGIN { printf \"##repro {\\\"type\\\":\\\"metric\\\",\\\"name\\\":\\\"score\\\",\\\"value\\\":%.9f}\\n\", -($x - 1) * ($x - 1) }"
                echo model > "$REPRO_OUTPUT_DIR/model.bin"
                echo "$x" >> ../ran.txt
                """));
        var store = Path.Combine(project.Directory, "..", "runs.db");
        var ran = Path.Combine(project.Directory, "..", "ran.txt");

        using (var tune = plugin.Start(project.Directory, Store(store), "build", "-t:Tune", "-p:TuneTrials=6"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (Finished(store).Count < 2 && !tune.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(200);
            tune.Kill(entireProcessTree: true);
            tune.WaitForExit();
        }

        var before = Finished(store);
        Assert.InRange(before.Count, 2, 5);
        var environment = plugin.Isolated();
        environment["REPRO_STORE"] = store;
        var resume = Command.Run("dotnet", ["exec", ToolAssembly(), "tune", project.ProjectFile, "--trials", "6"], project.Directory, environment).ShouldSucceed();

        Assert.Contains($"Resuming study 'Tuned-score': {before.Count} trials finished before", resume.Output, StringComparison.Ordinal);
        var after = Finished(store);
        Assert.Equal(6, after.Count);
        Assert.All(before, trial => Assert.Equal(trial.Value, after[trial.Key]));
        var lines = File.ReadAllLines(ran);
        Assert.All(before.Values, x => Assert.Single(lines, line => line == x));
        using var runs = RunStore.Open(store);
        Assert.Equal("finished", runs.ListRuns().Single(run => run.ParentRunId is null).Status);
    }

    [Fact]
    public void Building_for_a_study_or_without_training_keeps_the_model_an_earlier_build_trained()
    {
        var project = ModelProject.Create(
            plugin,
            "Kept",
            "<TrainCommand>sh train.sh</TrainCommand>",
            """<Hyperparameter Include="x" Value="1" /><SearchSpace Include="x" Low="0" High="2" />""",
            ("train.sh", """
                echo '##repro {"type":"metric","name":"score","value":1}'
                echo model > "$REPRO_OUTPUT_DIR/model.bin"
                """));
        project.Build().ShouldSucceed();

        project.Build("-t:ReproTuningPlan").ShouldSucceed();
        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "model.bin")), "the Tune build deleted the model");
        Assert.True(File.Exists(project.MetricsFile), "the Tune build deleted the metrics");

        project.Build("-p:TrainOnBuild=false").ShouldSucceed();
        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "model.bin")), "a build without training deleted the model");
    }

    [Fact]
    public void A_trial_whose_trainer_writes_error_lines_and_fails_is_a_warning_not_a_failed_build()
    {
        var project = ModelProject.Create(
            plugin,
            "Fragile",
            "<TrainCommand>sh train.sh</TrainCommand><TuneMetric>score</TuneMetric><TuneDirection>minimize</TuneDirection>",
            """<Hyperparameter Include="x" Value="0" /><SearchSpace Include="x" Low="0" High="5" />""",
            ("train.sh", """
                x=$(grep -o '"x": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)
                if awk "BEGIN { exit !($x > 2.5) }"; then echo "ERROR:root:x is too large: $x" >&2; echo "train.py: error: giving up" >&2; exit 3; fi
                echo "##repro {\"type\":\"metric\",\"name\":\"score\",\"value\":$x}"
                echo model > "$REPRO_OUTPUT_DIR/model.bin"
                """));
        var store = Path.Combine(project.Directory, "..", "runs.db");

        var tune = project.Build(Store(store), "-t:Tune", "-p:TuneTrials=8", "-p:TuneSampler=random").ShouldSucceed();

        Assert.Contains("warning REPRO0093: Trial", tune.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error", tune.Output, StringComparison.Ordinal);
        using var runs = RunStore.Open(store);
        var failed = runs.ListRuns().Where(run => run.Status == "failed").Select(run => runs.GetRun(run.Id)).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, run => Assert.Contains("ERROR:root:x is too large", run.Info.Error, StringComparison.Ordinal));
    }

    string ToolAssembly() => Path.Combine(plugin.Packages, "reproducible.build", plugin.Version, "tools", "net10.0", "tool", "dotnet-repro.dll");

    static Dictionary<string, string> Finished(string store)
    {
        if (!File.Exists(store))
            return [];
        using var runs = RunStore.Open(store);
        return runs.ListRuns(max: 1000)
            .Where(run => run.ParentRunId is not null && run.Status == "finished")
            .Select(run => runs.GetRun(run.Id))
            .ToDictionary(run => run.Tags["repro.trial"], run => run.Params["x"]);
    }
}
