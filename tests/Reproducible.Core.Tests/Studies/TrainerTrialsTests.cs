using Reproducible.Core.Studies;
using Reproducible.Core.Training;
using Reproducible.Core.Tuning;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Studies;

/// <summary>Trials as real trainer processes: a shell script that reports `score` at steps 1 to 3, a second apart, unless told to fail.</summary>
public sealed class TrainerTrialsTests : IDisposable
{
    const string Trainer = """
        x=$(grep -o '"x": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)
        if [ "$x" = "fail" ]; then echo "cannot train on x=fail" >&2; exit 3; fi
        for step in 1 2 3; do
          echo "##repro {\"type\":\"metric\",\"name\":\"score\",\"value\":$step,\"step\":$step}"
          [ "$step" = 3 ] || sleep 1
        done
        echo '##repro {"type":"metric","name":"score","value":10}'
        touch "$REPRO_OUTPUT_DIR/../finished"
        echo model > "$REPRO_OUTPUT_DIR/model.bin"
        """;

    readonly TemporaryDirectory folder = new();

    readonly TrainerTrials trials;

    public TrainerTrialsTests()
    {
        folder.Write("Model/train.sh", Trainer);
        var plan = new TuningPlan(
            TuningPlan.CurrentSchemaVersion, folder["Model/Model.csproj"], "Model", folder["Model/obj"], "dotnet", "sh train.sh", null, null, "1", [],
            [new PlannedParameter("x", "0", folder["Model/Model.csproj"]), new PlannedParameter("kept", "yes", folder["Model/Model.csproj"])], []);
        trials = new TrainerTrials(plan, folder["Model/obj/tune/study"], "score");
    }

    public void Dispose() => folder.Dispose();

    TrialResult Run(string x, Func<int, double, bool>? shouldPrune = null, CancellationToken cancellation = default) =>
        trials.Run(0, new Dictionary<string, string> { ["x"] = x }, shouldPrune ?? ((_, _) => false), cancellation);

    string TrialFolder => folder["Model/obj/tune/study/trial-0"];

    [Fact]
    public void A_trial_trains_in_its_own_folder_with_its_parameters_and_its_value_is_the_last_reported()
    {
        var steps = new List<(int, double)>();

        var result = Run("0.5", (step, value) =>
        {
            steps.Add((step, value));
            return false;
        });

        Assert.Equal((TrialState.Complete, 10.0), (result.State, result.Value));
        Assert.Equal([(1, 1.0), (2, 2.0), (3, 3.0)], steps);
        Assert.Equal("model.bin", Assert.Single(result.Artifacts).Path);
        Assert.True(File.Exists(Path.Combine(TrialFolder, "model", "model.bin")));
        var context = File.ReadAllText(Path.Combine(TrialFolder, "context.json"));
        Assert.Contains("\"x\": \"0.5\"", context, StringComparison.Ordinal);
        Assert.Contains("\"kept\": \"yes\"", context, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(TrialFolder, "train.log"), result.LogFile);
    }

    [Fact]
    public void A_failing_trainer_is_a_failed_trial_with_its_error_and_its_output_in_the_log()
    {
        var result = Run("fail");

        Assert.Equal(TrialState.Failed, result.State);
        Assert.False(result.Interrupted);
        Assert.StartsWith("REPRO0005: The trainer exited with code 3.", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot train on x=fail", File.ReadAllText(result.LogFile!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pruned_trial_stops_its_trainer_at_the_step_the_pruner_named()
    {
        var result = Run("0.5", (step, _) => step == 1);

        Assert.Equal((TrialState.Pruned, 1.0), (result.State, result.Value));
        Assert.Equal([1.0], result.Metrics.Select(metric => metric.Report.Value));
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        Assert.False(File.Exists(Path.Combine(TrialFolder, "finished")), "the pruned trainer ran on");
    }

    [Fact]
    public void A_trial_stopped_by_the_study_is_interrupted_not_failed()
    {
        using var cancellation = new CancellationTokenSource();

        var result = Run("0.5", (step, _) =>
        {
            cancellation.Cancel();
            return false;
        }, cancellation.Token);

        Assert.True(result.Interrupted);
        Assert.NotEqual(TrialState.Complete, result.State);
    }
}
