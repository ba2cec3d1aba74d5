using Reproducible.Core.Metrics;
using Reproducible.Core.Training;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Training;

public sealed class ModelTrainerTests : IDisposable
{
    readonly TemporaryDirectory project = new();
    readonly RecordingLog log = new();

    public void Dispose() => project.Dispose();

    string ModelDirectory => project["bin/model"];

    string MetricsFile => project["bin/metrics.json"];

    TrainingResult? Train(string script, string? seed = "42")
    {
        project.Write("train.sh", script);
        project.Write("data.csv", "x\n1\n");
        return ModelTrainer.Train(
            new TrainingRequest(
                project["Model.csproj"],
                [new DataItem("data.csv")],
                [new ParameterItem("depth", "10")],
                seed,
                "sh train.sh",
                null,
                "dotnet",
                project["obj/repro"],
                ModelDirectory,
                MetricsFile),
            log);
    }

    void LeaveAnOldModel()
    {
        project.Write("bin/model/old.bin", "old");
        project.Write("bin/metrics.json", "{}");
    }

    void AssertNothingLeftBehind()
    {
        Assert.False(Directory.Exists(ModelDirectory), "the model folder was left behind");
        Assert.False(File.Exists(MetricsFile), "the metrics file was left behind");
        Assert.Empty(Directory.Exists(project["bin"]) ? Directory.EnumerateDirectories(project["bin"], "model.*") : []);
    }

    [Fact]
    public void Publishes_the_model_files_and_the_metrics()
    {
        var result = Train("""
            echo "seed $REPRO_SEED"
            echo '##repro {"type":"metric","name":"loss","value":0.7,"step":1}'
            echo '##repro {"type":"metric","name":"loss","value":0.4,"step":2}'
            echo '##repro {"type":"metric","name":"f1","value":0.9}'
            mkdir -p "$REPRO_OUTPUT_DIR/weights"
            echo model > "$REPRO_OUTPUT_DIR/model.json"
            echo w > "$REPRO_OUTPUT_DIR/weights/layer1.bin"
            """)!;

        Assert.Empty(log.Errors);
        Assert.Equal([Path.Combine(ModelDirectory, "model.json"), Path.Combine(ModelDirectory, "weights/layer1.bin")], result.ModelFiles);
        Assert.Equal("model\n", File.ReadAllText(Path.Combine(ModelDirectory, "model.json")));
        var metrics = MetricSet.Parse(File.ReadAllText(MetricsFile));
        Assert.Equal(0.9, metrics.Final["f1"]);
        Assert.Equal(0.4, metrics.Final["loss"]);
        Assert.Equal([(1L, 0.7), (2L, 0.4)], metrics.History("loss"));
        Assert.Contains("seed 42", log.Messages);
        Assert.DoesNotContain(log.Messages, message => message.StartsWith("##repro", StringComparison.Ordinal));
    }

    [Fact]
    public void Hands_the_trainer_its_context()
    {
        Train("""cp "$REPRO_CONTEXT" "$REPRO_OUTPUT_DIR/context.json" """, seed: "7");

        var context = Reproducible.Training.RunContext.Parse(File.ReadAllText(Path.Combine(ModelDirectory, "context.json")));
        Assert.Equal(7, context.Seed);
        Assert.Equal("10", context.Parameters["depth"]);
        Assert.Equal(project["data.csv"], context.Data["data"]);
        Assert.Equal(project["obj/repro/out"], context.OutputDirectory);
    }

    [Fact]
    public void Replaces_the_previous_model_entirely()
    {
        LeaveAnOldModel();

        Train("""echo new > "$REPRO_OUTPUT_DIR/new.bin" """);

        Assert.Equal(["new.bin"], Directory.EnumerateFiles(ModelDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failing_trainer_is_REPRO0005_quoting_its_error_output_and_leaves_no_model()
    {
        LeaveAnOldModel();

        var result = Train("""
            echo "half a model" > "$REPRO_OUTPUT_DIR/model.json"
            for i in $(seq 1 30); do echo "noise $i" >&2; done
            echo "ValueError: could not convert string to float: 'abc'" >&2
            exit 3
            """);

        Assert.Null(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal("REPRO0005", error.Code);
        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("ValueError: could not convert string to float: 'abc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("noise 30", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("noise 10\n", error.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
        Assert.Empty(Directory.EnumerateFileSystemEntries(project["obj/repro"], "out"));
    }

    [Fact]
    public void A_trainer_that_writes_no_model_is_REPRO0006()
    {
        LeaveAnOldModel();

        Assert.Null(Train("""echo '##repro {"type":"metric","name":"f1","value":0.9}'"""));

        Assert.Equal(["REPRO0006"], log.ErrorCodes);
        AssertNothingLeftBehind();
    }

    [Fact]
    public void A_trainer_that_cannot_be_started_is_REPRO0004()
    {
        LeaveAnOldModel();
        project.Write("train.sh", "");

        var result = ModelTrainer.Train(
            new TrainingRequest(project["Model.csproj"], [], [], null, "no-such-trainer-program --fast", null, "dotnet", project["obj/repro"], ModelDirectory, MetricsFile),
            log);

        Assert.Null(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal("REPRO0004", error.Code);
        Assert.Contains("'no-such-trainer-program'", error.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
    }

    [Theory]
    [InlineData("##repro {\"type\":\"metric\",\"name\":\"f1\"}", "it has no property 'value'")]
    [InlineData("##repro {\"type\":\"metric\",\"name\":\"f1\",\"value\":\"high\"}", "its value must be a number")]
    [InlineData("##repro not json", "it is not JSON")]
    [InlineData("##repro {\"type\":\"param\",\"name\":\"x\",\"value\":1}", "its type 'param' is not one of: metric")]
    [InlineData("##repro {\"type\":\"metric\",\"name\":\"loss\",\"value\":1,\"step\":-1}", "its step must be a whole number of at least 0")]
    public void A_malformed_protocol_message_is_REPRO0007_naming_the_line(string message, string reason)
    {
        var result = Train($"""
            echo "loading"
            echo '{message}'
            echo model > "$REPRO_OUTPUT_DIR/model.json"
            """);

        Assert.Null(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal("REPRO0007", error.Code);
        Assert.Contains("on line 2 of its output", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        AssertNothingLeftBehind();
    }

    [Fact]
    public void Invalid_inputs_start_no_trainer_and_remove_the_old_model()
    {
        LeaveAnOldModel();

        Assert.Null(Train("""touch "$REPRO_OUTPUT_DIR/../trainer-ran" """, seed: "abc"));

        Assert.Equal(["REPRO0003"], log.ErrorCodes);
        Assert.False(File.Exists(project["obj/repro/trainer-ran"]));
        AssertNothingLeftBehind();
    }

    [Fact]
    public void A_cancelled_training_kills_the_trainer_and_keeps_no_model()
    {
        LeaveAnOldModel();
        project.Write("train.sh", """
            echo started
            echo partial > "$REPRO_OUTPUT_DIR/model.json"
            sleep 30
            """);
        using var cancellation = new CancellationTokenSource();
        var request = new TrainingRequest(project["Model.csproj"], [], [], null, "sh train.sh", null, "dotnet", project["obj/repro"], ModelDirectory, MetricsFile);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var training = Task.Run(() => ModelTrainer.Train(request, new CancellingLog(log, "started", cancellation), cancellation.Token));

        Assert.Throws<AggregateException>(() => training.Wait(TimeSpan.FromSeconds(20)));

        Assert.IsAssignableFrom<OperationCanceledException>(training.Exception!.InnerException);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        AssertNothingLeftBehind();
    }

    sealed class CancellingLog(RecordingLog inner, string trigger, CancellationTokenSource cancellation) : Reproducible.Core.Diagnostics.ILog
    {
        public bool HasErrors => inner.HasErrors;

        public void Message(string text)
        {
            inner.Message(text);
            if (text == trigger)
            {
                cancellation.Cancel();
            }
        }

        public void Warning(Reproducible.Core.Diagnostics.Diagnostic diagnostic) => inner.Warning(diagnostic);

        public void Error(Reproducible.Core.Diagnostics.Diagnostic diagnostic) => inner.Error(diagnostic);
    }
}
