using Reproducible.Testing;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class GateTests(PackedPlugin plugin)
{
    const string Trainer = """
        echo run >> runs.txt
        value=$(grep -o '"score": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)
        echo "##repro {\"type\":\"metric\",\"name\":\"f1\",\"value\":\"$value\"}" | sed 's/"value":"\([0-9.]*\)"/"value":\1/'
        echo "f1=$value" > "$REPRO_OUTPUT_DIR/model.txt"
        """;

    ModelProject Project(string gates) =>
        ModelProject.Create(
            plugin,
            "Gated",
            "<TrainCommand>sh train.sh</TrainCommand><Score>0.9</Score>",
            $"""<Hyperparameter Include="score" Value="$(Score)" />{gates}""",
            ("train.sh", Trainer),
            (".gitignore", "bin/\nobj/\nruns.txt\n"));

    static int Runs(ModelProject project) => File.ReadAllLines(Path.Combine(project.Directory, "runs.txt")).Length;

    ModelProject Committed(string gates)
    {
        var project = Project(gates);
        project.Git("init", "-q", "-b", "main");
        project.Build().ShouldSucceed();
        project.Git("add", "-A");
        project.Git("commit", "-q", "-m", "baseline");
        return project;
    }

    [Fact]
    public void A_passing_gate_prints_its_result_and_writes_both_reports()
    {
        var project = Project("""<EvaluationGate Include="f1" Minimum="0.8" />""");

        var build = project.Build().ShouldSucceed();

        Assert.Contains("Gate f1 (≥ 0.8): 0.9: passed", build.Output, StringComparison.Ordinal);
        Assert.Contains("| f1 | 0.9 | — |  | ≥ 0.8 | ✅ passed |", File.ReadAllText(project.EvaluationReport), StringComparison.Ordinal);
        Assert.Contains("\"passed\": true", File.ReadAllText(Path.Combine(project.OutputDirectory, "evaluation.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_absolute_gate_fails_the_build_naming_value_and_bound()
    {
        var build = Project("""<EvaluationGate Include="f1" Minimum="0.95" />""").Build().ShouldFail();

        Assert.Contains("error REPRO0040: f1 = 0.9 is below the minimum 0.95.", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_worse_than_the_committed_baseline_fails_the_build()
    {
        var project = Committed("""<EvaluationGate Include="f1" NoWorseThan="baseline" Tolerance="0.01" />""");

        var worse = project.Build("-p:Score=0.85").ShouldFail();
        var slightlyWorse = project.Build("-p:Score=0.895").ShouldSucceed();

        Assert.Contains("error REPRO0041: f1 = 0.85 is worse than the baseline 0.9 (HEAD) by 0.05, more than the tolerance 0.01.", worse.Output, StringComparison.Ordinal);
        Assert.Contains("Gate f1 (no worse than the baseline by more than 0.01): 0.895, baseline 0.9: passed", slightlyWorse.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gates_check_a_model_restored_from_the_cache_too()
    {
        var project = Project("""<EvaluationGate Include="f1" Minimum="$(MinimumF1)" />""");
        project.Build("-p:MinimumF1=0.5").ShouldSucceed();
        project.Build("-p:MinimumF1=0.5", "-p:Score=0.7").ShouldSucceed();

        var restored = project.Build("-p:MinimumF1=0.95").ShouldFail();

        Assert.Contains("Restored the model from the cache", restored.Output, StringComparison.Ordinal);
        Assert.Contains("error REPRO0040", restored.Output, StringComparison.Ordinal);
        Assert.Equal(2, Runs(project));
    }

    [Fact]
    public void The_Evaluate_target_checks_the_locked_metrics_without_training()
    {
        var project = Project("""<EvaluationGate Include="f1" Minimum="$(MinimumF1)" />""");
        project.Build("-p:MinimumF1=0.5").ShouldSucceed();

        var passing = project.DotNet("msbuild", "-t:Evaluate", "-p:MinimumF1=0.5").ShouldSucceed();
        var failing = project.DotNet("msbuild", "-t:Evaluate", "-p:MinimumF1=0.95").ShouldFail();

        Assert.Contains("Gate f1 (≥ 0.5): 0.9: passed", passing.Output, StringComparison.Ordinal);
        Assert.Contains("error REPRO0040: f1 = 0.9 is below the minimum 0.95.", failing.Output, StringComparison.Ordinal);
        Assert.Equal(1, Runs(project));
    }

    [Fact]
    public void The_report_is_appended_to_the_GitHub_step_summary()
    {
        var summary = Path.Combine(plugin.NewProjectDirectory("summary"), "summary.md");
        File.WriteAllText(summary, "# Earlier step\n");

        Project("""<EvaluationGate Include="f1" Minimum="0.8" />""").Build(new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }).ShouldSucceed();

        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step\n## Model evaluation: Gated", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<EvaluationGate Include="precision" Minimum="0.5" />""", "REPRO0042", "never reported (it reported: f1)")]
    [InlineData("""<EvaluationGate Include="f1" />""", "REPRO0044", "it has no bound")]
    [InlineData("""<EvaluationGate Include="f1" Minimum="0.9" Maximum="0.1" />""", "REPRO0044", "its Minimum 0.9 is above its Maximum 0.1")]
    public void A_gate_that_cannot_be_checked_fails_the_build_with_a_clear_error(string gate, string code, string text)
    {
        var build = Project(gate).Build().ShouldFail();

        Assert.Contains($"error {code}: ", build.Output, StringComparison.Ordinal);
        Assert.Contains(text, build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_model_of_a_repository_has_no_baseline_and_passes_its_baseline_gates()
    {
        var build = Project("""<EvaluationGate Include="f1" NoWorseThan="baseline" />""").Build().ShouldSucceed();

        Assert.Contains("No baseline: the model has no model.lock.json committed at HEAD yet", build.Output, StringComparison.Ordinal);
        Assert.Contains("passed (no baseline value)", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_that_is_not_a_number_fails_its_gate() =>
        Assert.Contains("error REPRO0043: f1 is NaN", Project("""<EvaluationGate Include="f1" Minimum="0.5" />""").Build("-p:Score=NaN").ShouldFail().Output, StringComparison.Ordinal);

    [Fact]
    public void A_baseline_ref_that_does_not_exist_or_has_no_lock_is_REPRO0045()
    {
        var project = Committed("""<EvaluationGate Include="f1" NoWorseThan="baseline" />""");
        project.Git("checkout", "-q", "--orphan", "empty");
        project.Git("rm", "-q", "-r", "--cached", ".");
        project.Git("commit", "-q", "--allow-empty", "-m", "no lock here");
        project.Git("checkout", "-q", "-f", "main");

        var missingRef = project.Build("-p:ReproBaseline=origin/nope").ShouldFail();
        var noLock = project.Build("-p:ReproBaseline=empty").ShouldFail();

        Assert.Contains("error REPRO0045: The baseline 'origin/nope' cannot be read: no such commit, branch or tag", missingRef.Output, StringComparison.Ordinal);
        Assert.Contains("error REPRO0045: The baseline 'empty' cannot be read: it has no model.lock.json beside the project", noLock.Output, StringComparison.Ordinal);
    }
}
