namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class BadInputTests(PackedPlugin plugin)
{
    const string WritesAModel = """
        echo "training"
        echo model > "$REPRO_OUTPUT_DIR/model.bin"
        """;

    ModelProject Project(string script = WritesAModel, string properties = "", string items = "") =>
        ModelProject.Create(
            plugin,
            "Bad",
            $"<TrainCommand>sh train.sh</TrainCommand>{properties}",
            $"""<TrainingData Include="data.csv" />{items}""",
            ("train.sh", script),
            ("data.csv", "x\n1\n"));

    static void AssertFailsWith(ModelProject project, string code, string text, params string[] arguments)
    {
        var build = project.Build(arguments).ShouldFail();

        Assert.Contains($"{project.ProjectFile} : error {code}: ", build.Output, StringComparison.Ordinal);
        Assert.Contains(text, build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.ModelDirectory), $"a model folder was left behind:{Environment.NewLine}{build.Output}");
        Assert.False(File.Exists(project.MetricsFile), "a metrics file was left behind");
    }

    [Fact]
    public void A_failing_trainer_fails_the_build_quoting_its_errors_and_leaves_no_model()
    {
        var project = Project();
        project.Build().ShouldSucceed();
        Assert.True(Directory.Exists(project.ModelDirectory));
        project.Write("train.sh", """
            echo model > "$REPRO_OUTPUT_DIR/model.bin"
            echo "Traceback (most recent call last):" >&2
            echo "ZeroDivisionError: division by zero" >&2
            exit 2
            """);

        AssertFailsWith(project, "REPRO0005", "ZeroDivisionError: division by zero");
    }

    [Fact]
    public void A_trainer_that_writes_no_model_fails_the_build() =>
        AssertFailsWith(Project("echo done"), "REPRO0006", "wrote no model file");

    [Fact]
    public void A_missing_data_file_names_the_item() =>
        AssertFailsWith(Project(items: """<TrainingData Include="data/absent.csv" />"""), "REPRO0001", "The TrainingData item 'data/absent.csv' does not exist");

    [Fact]
    public void A_hyperparameter_without_a_value_names_the_parameter() =>
        AssertFailsWith(Project(items: """<Hyperparameter Include="depth" />"""), "REPRO0002", "The Hyperparameter 'depth' has no Value");

    [Fact]
    public void A_seed_that_is_not_an_integer_names_the_value() =>
        AssertFailsWith(Project(properties: "<TrainingSeed>0x2A</TrainingSeed>"), "REPRO0003", "TrainingSeed '0x2A' is not a whole number");

    [Fact]
    public void A_trainer_command_that_cannot_start_names_the_program() =>
        AssertFailsWith(Project(), "REPRO0004", "The trainer 'python9' could not be started", "-p:TrainCommand=python9 train.py");

    [Fact]
    public void A_malformed_protocol_message_fails_the_build() =>
        AssertFailsWith(Project("""echo '##repro {"type":"metric","name":"f1"}'; echo m > "$REPRO_OUTPUT_DIR/m" """), "REPRO0007", "it has no property 'value'");

    [Fact]
    public void A_library_project_with_no_train_command_has_nothing_to_train() =>
        AssertFailsWith(ModelProject.Create(plugin, "Library", "", ""), "REPRO0009", "There is nothing to train");
}
