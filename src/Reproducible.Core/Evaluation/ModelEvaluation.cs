using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;
using Reproducible.Core.Locking;
using Reproducible.Core.Metrics;

namespace Reproducible.Core.Evaluation;

public sealed record EvaluationRequest(
    string Model,
    string ProjectFile,
    IReadOnlyList<GateItem> Gates,
    string MetricsSource,
    bool MetricsFromLock,
    string LockFile,
    string? BaselineRef,
    string MarkdownReport,
    string JsonReport,
    string? StepSummary);

public static class ModelEvaluation
{
    public const string DefaultBaseline = "HEAD";

    public static EvaluationReport? Run(EvaluationRequest request, ILog log)
    {
        var gates = GateDefinitions.Read(request.Gates, request.ProjectFile, log);
        if (log.HasErrors)
        {
            return null;
        }

        try
        {
            var metrics = request.MetricsFromLock
                ? (ModelLock.ReadIfExists(request.MetricsSource) ?? throw new ReproException(Errors.LockMissing(request.MetricsSource))).Outputs.Metrics
                : MetricSet.Parse(File.ReadAllText(request.MetricsSource)).Final;
            var baseline = gates.Any(gate => gate.AgainstBaseline) ? ReadBaseline(request, log) : null;
            var report = new EvaluationReport(request.Model, metrics, baseline, GateEvaluator.Evaluate(gates, metrics, baseline, request.ProjectFile, log));
            AtomicFile.WriteIfChanged(request.MarkdownReport, report.ToMarkdown());
            AtomicFile.WriteIfChanged(request.JsonReport, report.ToJson());
            if (!string.IsNullOrEmpty(request.StepSummary))
            {
                File.AppendAllText(request.StepSummary, report.ToMarkdown() + "\n");
            }

            return report;
        }
        catch (ReproException e)
        {
            log.Error(e.Diagnostic);
            return null;
        }
    }

    // Without an explicit ReproBaseline the baseline is the lock committed at HEAD; a model that has
    // never been committed has none, and its first build must not fail for it.
    static Baseline? ReadBaseline(EvaluationRequest request, ILog log)
    {
        if (!string.IsNullOrWhiteSpace(request.BaselineRef))
        {
            return BaselineReader.Read(request.BaselineRef.Trim(), request.LockFile);
        }

        try
        {
            return BaselineReader.Read(DefaultBaseline, request.LockFile);
        }
        catch (ReproException e) when (e.Diagnostic.Code == "REPRO0045")
        {
            log.Message($"No baseline: the model has no {Path.GetFileName(request.LockFile)} committed at {DefaultBaseline} yet, so gates against the baseline pass.");
            return null;
        }
    }
}
