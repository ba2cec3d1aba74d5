using Reproducible.Core.Evaluation;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Evaluation;

public class EvaluationReportTests
{
    static EvaluationReport Sample()
    {
        var metrics = new Dictionary<string, double> { ["accuracy"] = 0.9911, ["f1"] = 0.681, ["roc_auc"] = 0.9943, ["loss"] = 0.0769 };
        var baseline = new Baseline("origin/main", new Dictionary<string, double> { ["accuracy"] = 0.99, ["f1"] = 0.7102, ["roc_auc"] = 0.9943 });
        var log = new RecordingLog();
        var gates = GateDefinitions.Read(
            [
                new GateItem("f1", "0.6", null, "baseline", "0.02", null),
                new GateItem("roc_auc", "0.95", null, null, null, null),
                new GateItem("precision", "0.5", null, null, null, null),
            ],
            "/repo/FraudDetection.csproj",
            log);
        return new EvaluationReport("FraudDetection", metrics, baseline, GateEvaluator.Evaluate(gates, metrics, baseline, "/repo/FraudDetection.csproj", log));
    }

    [Fact]
    public void The_markdown_report_has_every_metric_its_baseline_delta_and_verdict() => Snapshot.Verify(Sample().ToMarkdown(), "md");

    [Fact]
    public void The_json_report_is_its_canonical_twin() => Snapshot.Verify(Sample().ToJson(), "json");

    [Fact]
    public void A_report_without_failures_says_all_gates_passed()
    {
        var metrics = new Dictionary<string, double> { ["f1"] = 0.9 };
        var gates = GateDefinitions.Read([new GateItem("f1", "0.5", null, null, null, null)], "/p", new RecordingLog());
        var report = new EvaluationReport("M", metrics, null, GateEvaluator.Evaluate(gates, metrics, null, "/p", new RecordingLog()));

        Assert.True(report.Passed);
        Assert.Contains("All gates passed.", report.ToMarkdown(), StringComparison.Ordinal);
    }
}
