using Reproducible.Core.Studies;
using Reproducible.Testing;
using Reproducible.Tracking;

namespace Reproducible.Tool.Tests.Tuning;

/// <summary>The tune command on a plan whose trainer is a shell script: score = -(x - 1)², and it crashes when x > 3.</summary>
public sealed class TuneCommandTests : IDisposable
{
    const string Trainer = """
        x=$(grep -o '"x": "[^"]*"' "$REPRO_CONTEXT" | cut -d'"' -f4)
        if awk "BEGIN { exit !($x > 3) }"; then echo "x is too large: $x" >&2; exit 3; fi
        awk "BEGIN { printf \"##repro {\\\"type\\\":\\\"metric\\\",\\\"name\\\":\\\"score\\\",\\\"value\\\":%.9f}\\n\", -($x - 1) * ($x - 1) }"
        echo model > "$REPRO_OUTPUT_DIR/model.bin"
        """;

    static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "dotnet-repro.dll");

    readonly TemporaryDirectory folder = new();

    public TuneCommandTests()
    {
        folder.Write("Model/train.sh", Trainer);
        folder.Write("Model/Model.csproj", """<Project><ItemGroup><Hyperparameter Include="x" Value="0" /></ItemGroup></Project>""");
    }

    public void Dispose() => folder.Dispose();

    string Store => folder["runs.db"];

    string WritePlan(string? metric = "score", string low = "-5", string high = "5") => folder.Write("plan.json", new TuningPlan(
        TuningPlan.CurrentSchemaVersion, folder["Model/Model.csproj"], "Model", folder["Model/obj/repro"], "dotnet", "sh train.sh", null, null, "1", [],
        [new PlannedParameter("x", "0", folder["Model/Model.csproj"])],
        low == "" ? [] : [new SearchSpaceItem("x", Low: low, High: high)])
    {
        Metric = metric,
        Direction = "maximize",
    }.ToJson());

    ProcessResult Tune(params string[] arguments) => Command.Run("dotnet", [Tool, "tune", "--store", Store, .. arguments], folder.Path);

    [Fact]
    public void A_study_records_its_trials_goes_on_past_crashed_ones_and_prints_the_best()
    {
        var output = Tune("--plan", WritePlan(), "--trials", "12", "--sampler", "random", "--parallel", "2").ShouldSucceed().Output;

        using var runs = RunStore.Open(Store);
        var study = Assert.Single(runs.ListRuns(), run => run.ParentRunId is null);
        var trials = runs.ListRuns(max: 1000).Where(run => run.ParentRunId == study.Id).ToList();
        Assert.Equal(12, trials.Count);
        Assert.Contains(trials, run => run.Status == "failed");
        Assert.Contains(trials, run => run.Status == "finished");
        Assert.All(trials.Where(run => run.Status == "failed"), run => Assert.Contains("x is too large", run.Error, StringComparison.Ordinal));
        Assert.Contains("warning REPRO0093: Trial", output, StringComparison.Ordinal);
        var best = trials.Where(run => run.Status == "finished").Select(run => runs.GetRun(run.Id)).MaxBy(run => run.Metrics["score"].Value)!;
        Assert.Contains($"Best: trial {best.Tags["repro.trial"]}, score = ", output, StringComparison.Ordinal);
        Assert.Contains($"  x = {best.Params["x"]}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_writes_the_best_value_into_the_project()
    {
        var output = Tune("--plan", WritePlan(low: "-1", high: "3"), "--trials", "6", "--apply").ShouldSucceed().Output;

        using var runs = RunStore.Open(Store);
        var best = runs.ListRuns().Where(run => run.ParentRunId is not null).Select(run => runs.GetRun(run.Id)).MaxBy(run => run.Metrics["score"].Value)!;
        Assert.Equal($"""<Project><ItemGroup><Hyperparameter Include="x" Value="{best.Params["x"]}" /></ItemGroup></Project>""", File.ReadAllText(folder["Model/Model.csproj"]));
        Assert.Contains($"  x = {best.Params["x"]} (was 0)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_study_where_every_trial_fails_is_REPRO0096()
    {
        var result = Tune("--plan", WritePlan(low: "4", high: "5"), "--trials", "3").ShouldFail();

        Assert.Contains("error REPRO0096: Study 'Model-score' has no complete trial", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, result.Output.Split("warning REPRO0093").Length - 1);
    }

    [Fact]
    public void A_study_someone_else_is_running_is_REPRO0095()
    {
        var directory = Directory.CreateDirectory(folder["Model/obj/repro/tune/Model-score"]).FullName;
        using var held = new FileStream(Path.Combine(directory, "study.lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        Assert.Contains("error REPRO0095", Tune("--plan", WritePlan(), "--trials", "1").ShouldFail().Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "-5", new string[0], "error REPRO0092")]
    [InlineData("score", "", new string[0], "error REPRO0091")]
    [InlineData("score", "abc", new string[0], "error REPRO0090: The SearchSpace item 'x' is invalid: Low 'abc' is not a number.")]
    [InlineData("score", "-5", new[] { "--timeout", "soon" }, "error REPRO0099: --timeout 'soon' is not valid")]
    [InlineData("score", "-5", new[] { "--sampler", "bayes" }, "bayes")]
    [InlineData("score", "-5", new[] { "--trials", "0" }, "--trials must be at least 1.")]
    public void A_study_it_cannot_run_says_why(string? metric, string low, string[] extra, string message)
    {
        var output = Tune(["--plan", WritePlan(metric, low), .. extra]).ShouldFail().Output;

        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Store), "A study that cannot run must not open the store.");
    }

    [Fact]
    public void A_plan_it_cannot_read_is_REPRO0011() =>
        Assert.Contains("error REPRO0011", Tune("--plan", folder.Write("plan.json", "{}")).ShouldFail().Output, StringComparison.Ordinal);
}
