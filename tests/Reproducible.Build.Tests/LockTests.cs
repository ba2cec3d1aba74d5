namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class LockTests(PackedPlugin plugin)
{
    const string Trainer = """
        echo run >> runs.txt
        echo "training with depth $(grep -o '"depth": "[^"]*"' "$REPRO_CONTEXT")"
        cat data/*.csv > "$REPRO_OUTPUT_DIR/model.bin"
        echo "##repro {\"type\":\"metric\",\"name\":\"f1\",\"value\":0.$(wc -c < "$REPRO_OUTPUT_DIR/model.bin")}"
        """;

    ModelProject Project(string properties = "", string items = """<Hyperparameter Include="depth" Value="3" />""", string trainer = Trainer) =>
        ModelProject.Create(
            plugin,
            "Locked",
            $"<TrainCommand>sh train.sh</TrainCommand><TrainingSeed>5</TrainingSeed>{properties}",
            $"""<TrainingData Include="data/a.csv" /><TrainingData Include="data/b.csv" />{items}""",
            ("train.sh", trainer),
            ("data/a.csv", "x,y\n1,2\n"),
            ("data/b.csv", "x,y\n3,4\n"));

    static int Runs(ModelProject project) =>
        File.Exists(Path.Combine(project.Directory, "runs.txt")) ? File.ReadAllLines(Path.Combine(project.Directory, "runs.txt")).Length : 0;

    [Fact]
    public void The_first_build_trains_and_writes_the_lock_and_the_next_does_nothing()
    {
        var project = Project();

        var first = project.Build().ShouldSucceed();
        var second = project.Build().ShouldSucceed();

        Assert.Contains("Training because there is no model.lock.json yet.", first.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote model.lock.json", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"Model is up to date \(fingerprint [0-9a-f]{12}\): nothing to train\.", second.Output);
        Assert.Equal(1, Runs(project));
        var text = File.ReadAllText(project.LockFile);
        Assert.Contains("\"path\": \"data/a.csv\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(project.Directory, text, StringComparison.Ordinal);
        Assert.Contains("\"train.sh\":", text, StringComparison.Ordinal);
        Assert.Contains("\"Reproducible.Build/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Touching_a_file_without_changing_it_does_not_train()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        var lockBefore = File.ReadAllBytes(project.LockFile);

        File.SetLastWriteTimeUtc(Path.Combine(project.Directory, "data/a.csv"), DateTime.UtcNow.AddMinutes(1));
        var build = project.Build().ShouldSucceed();

        Assert.Contains("Model is up to date", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, Runs(project));
        Assert.Equal(lockBefore, File.ReadAllBytes(project.LockFile));
    }

    [Fact]
    public void Each_changed_input_retrains_and_says_why_in_one_line()
    {
        var project = Project();
        project.Build().ShouldSucceed();

        project.Write("data/a.csv", "x,y\n1,9\n");
        var data = project.Build().ShouldSucceed();
        project.Write("Locked.csproj", File.ReadAllText(project.ProjectFile).Replace("Value=\"3\"", "Value=\"4\"", StringComparison.Ordinal).Replace("<TrainingData Include=\"data/b.csv\" />", "", StringComparison.Ordinal));
        var definition = project.Build().ShouldSucceed();

        Assert.Matches(@"Training because data/a\.csv changed \(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\)\.", data.Output);
        Assert.Contains("Training because parameter depth changed (3 → 4).", definition.Output, StringComparison.Ordinal);
        Assert.Contains("Training because data data/b.csv removed (was 'b').", definition.Output, StringComparison.Ordinal);
        Assert.Contains("Training because Locked.csproj changed", definition.Output, StringComparison.Ordinal);
        Assert.Equal(3, Runs(project));
        Assert.DoesNotContain("data/b.csv", File.ReadAllText(project.LockFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Returning_to_earlier_inputs_restores_from_the_cache_without_training()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        var firstModel = File.ReadAllBytes(Path.Combine(project.ModelDirectory, "model.bin"));
        var firstLock = File.ReadAllBytes(project.LockFile);

        project.Build("-p:TrainingSeed=6").ShouldSucceed();
        var back = project.Build().ShouldSucceed();

        Assert.Contains("Restored the model from the cache", back.Output, StringComparison.Ordinal);
        Assert.Equal(2, Runs(project));
        Assert.Equal(firstModel, File.ReadAllBytes(Path.Combine(project.ModelDirectory, "model.bin")));
        Assert.Equal(firstLock, File.ReadAllBytes(project.LockFile));
    }

    [Fact]
    public void A_corrupt_cache_entry_is_evicted_with_a_warning_and_the_model_retrained()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        project.Build("-p:TrainingSeed=6").ShouldSucceed();
        foreach (var file in Directory.EnumerateFiles(project.CacheRoot, "model.bin", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "tampered");
        }

        var build = project.Build().ShouldSucceed();

        Assert.Contains("warning REPRO0019", build.Output, StringComparison.Ordinal);
        Assert.Equal(3, Runs(project));
        Assert.Equal("x,y\n1,2\nx,y\n3,4\n", File.ReadAllText(Path.Combine(project.ModelDirectory, "model.bin")));
    }

    [Fact]
    public void Locked_mode_fails_on_each_drifted_input_and_rewrites_nothing()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        var lockBefore = File.ReadAllBytes(project.LockFile);
        project.Write("data/b.csv", "x,y\n0,0\n");

        var build = project.Build("-p:ContinuousIntegrationBuild=true", "-p:TrainingSeed=9").ShouldFail();

        Assert.Matches(@"model\.lock\.json : error REPRO0017: data/b\.csv changed \(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\), but model\.lock\.json says otherwise", build.Output);
        Assert.Contains("error REPRO0017: seed changed (5 → 9)", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, Runs(project));
        Assert.Equal(lockBefore, File.ReadAllBytes(project.LockFile));
    }

    [Fact]
    public void Locked_mode_with_matching_inputs_trains_on_a_fresh_clone_without_writing_the_lock()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        var lockBefore = File.ReadAllBytes(project.LockFile);
        Directory.Delete(Path.Combine(project.Directory, "bin"), recursive: true);
        Directory.Delete(Path.Combine(project.Directory, "obj"), recursive: true);
        Directory.Delete(project.CacheRoot, recursive: true);

        var build = project.Build("-p:ReproLockedMode=true").ShouldSucceed();

        Assert.Equal(2, Runs(project));
        Assert.DoesNotContain("Wrote model.lock.json", build.Output, StringComparison.Ordinal);
        Assert.Equal(lockBefore, File.ReadAllBytes(project.LockFile));
    }

    [Fact]
    public void Locked_mode_without_a_lock_is_an_error() =>
        Assert.Contains("error REPRO0016", Project().Build("-p:ReproLockedMode=true").ShouldFail().Output, StringComparison.Ordinal);

    [Fact]
    public void A_malformed_lock_is_an_error_with_its_line_and_is_never_overwritten()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        var broken = File.ReadAllText(project.LockFile).Replace("\"seed\": 5,", "\"seed\": 5,,", StringComparison.Ordinal);
        File.WriteAllText(project.LockFile, broken);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("\"seed\"", StringComparison.Ordinal)) + 1;

        var build = project.Build().ShouldFail();

        Assert.Contains($"model.lock.json({line}): error REPRO0014", build.Output, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(project.LockFile));
    }

    [Fact]
    public void A_lock_from_a_newer_schema_is_an_error()
    {
        var project = Project();
        project.Write("model.lock.json", "{\n  \"schemaVersion\": 7\n}\n");

        Assert.Contains("error REPRO0015", project.Build().ShouldFail().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_item_that_is_a_broken_link_is_an_error()
    {
        var project = Project(items: """<TrainingData Include="data/link.csv" />""");
        File.CreateSymbolicLink(Path.Combine(project.Directory, "data/link.csv"), Path.Combine(project.Directory, "data/gone.csv"));

        var build = project.Build().ShouldFail();

        Assert.Contains("error REPRO0013", build.Output, StringComparison.Ordinal);
        Assert.Equal(0, Runs(project));
    }

    [Fact]
    public void The_determinism_check_trains_again_and_passes_for_a_deterministic_trainer()
    {
        var project = Project();
        project.Build().ShouldSucceed();

        var build = project.Build("-p:ReproVerifyDeterminism=true").ShouldSucceed();

        Assert.Contains("Training is deterministic", build.Output, StringComparison.Ordinal);
        Assert.Equal(2, Runs(project));
    }

    [Fact]
    public void The_determinism_check_names_the_files_a_nondeterministic_trainer_changes()
    {
        var project = Project(trainer: """
            echo run >> runs.txt
            echo same > "$REPRO_OUTPUT_DIR/stable.bin"
            cat /proc/sys/kernel/random/uuid > "$REPRO_OUTPUT_DIR/random.bin"
            """);
        project.Build().ShouldSucceed();

        var build = project.Build("-p:ReproVerifyDeterminism=true").ShouldFail();

        Assert.Contains("error REPRO0018: The model file 'random.bin' differs", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'stable.bin'", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_environment_policy_is_an_error() =>
        Assert.Contains("error REPRO0021", Project("<ReproEnvironmentPolicy>paranoid</ReproEnvironmentPolicy>").Build().ShouldFail().Output, StringComparison.Ordinal);

    [Fact]
    public void The_strict_policy_fingerprints_the_machine()
    {
        var project = Project("<ReproEnvironmentPolicy>strict</ReproEnvironmentPolicy>");

        project.Build().ShouldSucceed();

        var text = File.ReadAllText(project.LockFile);
        Assert.Matches("\"sdk\": \"10\\.", text[text.IndexOf("\"inputs\"", StringComparison.Ordinal)..]);
    }
}
