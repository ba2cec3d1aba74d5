namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class TrainingTargetTests(PackedPlugin plugin)
{
    ModelProject Project(string properties = "") =>
        ModelProject.Create(
            plugin,
            "Target",
            $"<TrainCommand>sh train.sh</TrainCommand><TrainingSeed>11</TrainingSeed>{properties}",
            """<Hyperparameter Include="depth" Value="3" />""",
            ("train.sh", """
                echo "epoch 1/2"
                echo "warming up" >&2
                echo '##repro {"type":"metric","name":"loss","value":0.5,"step":1}'
                echo "epoch 2/2"
                echo '##repro {"type":"metric","name":"f1","value":0.75}'
                mkdir -p "$REPRO_OUTPUT_DIR/parts"
                echo "seed=$REPRO_SEED" > "$REPRO_OUTPUT_DIR/model.txt"
                echo part > "$REPRO_OUTPUT_DIR/parts/a.bin"
                """));

    [Fact]
    public void Build_streams_the_trainer_and_puts_the_model_in_the_output_folder()
    {
        var project = Project();

        var build = project.Build().ShouldSucceed();

        Assert.Matches(@"epoch 1/2\s+epoch 2/2", build.Output);
        Assert.Contains("warming up", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("##repro", build.Output, StringComparison.Ordinal);
        Assert.Contains("Trained in ", build.Output, StringComparison.Ordinal);
        Assert.Equal("seed=11\n", File.ReadAllText(Path.Combine(project.ModelDirectory, "model.txt")));
        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "parts", "a.bin")));
        Assert.Contains("\"f1\": 0.75", File.ReadAllText(project.MetricsFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_removes_the_model_and_the_metrics_it_listed_in_FileWrites()
    {
        var project = Project();
        project.Build().ShouldSucceed();

        project.DotNet("clean").ShouldSucceed();

        Assert.False(File.Exists(Path.Combine(project.ModelDirectory, "model.txt")));
        Assert.False(File.Exists(project.MetricsFile));
    }

    [Fact]
    public void TrainOnBuild_false_builds_without_training_and_the_Train_target_trains_on_demand()
    {
        var project = Project("<TrainOnBuild>false</TrainOnBuild>");

        var build = project.Build().ShouldSucceed();

        Assert.DoesNotContain("Training: ", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.ModelDirectory));

        project.Build("-t:Train").ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "model.txt")));
    }

    [Fact]
    public void ReproducibleEnabled_false_turns_the_plugin_off()
    {
        var build = Project().Build("-p:ReproducibleEnabled=false").ShouldSucceed();

        Assert.DoesNotContain("Training: ", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_time_build_never_trains()
    {
        var project = Project();

        var build = project.Build("-p:DesignTimeBuild=true").ShouldSucceed();

        Assert.DoesNotContain("Training: ", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.ModelDirectory));
    }
}
