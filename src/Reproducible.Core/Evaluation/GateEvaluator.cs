using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Evaluation;

public static class GateEvaluator
{
    // Differences below this are float noise from rounding a metric to JSON and back.
    const double Epsilon = 1e-12;

    public static IReadOnlyList<GateResult> Evaluate(IReadOnlyList<Gate> gates, IReadOnlyDictionary<string, double> metrics, Baseline? baseline, string file, ILog log) =>
        gates.Select(gate => Evaluate(gate, metrics, baseline, file, log)).ToArray();

    static GateResult Evaluate(Gate gate, IReadOnlyDictionary<string, double> metrics, Baseline? baseline, string file, ILog log)
    {
        var reference = gate.AgainstBaseline && baseline is not null && baseline.Metrics.TryGetValue(gate.Metric, out var b) ? b : (double?)null;
        if (!metrics.TryGetValue(gate.Metric, out var value))
        {
            return Fail(gate, null, reference, "not reported", Errors.GateMetricMissing(gate.Metric, metrics.Keys, file), log);
        }

        if (!double.IsFinite(value))
        {
            return Fail(gate, value, reference, "not a number", Errors.GateMetricNotFinite(gate.Metric, value, file), log);
        }

        if (gate.Minimum is { } minimum && value < minimum - Epsilon)
        {
            return Fail(gate, value, reference, "below the minimum", Errors.GateBelowMinimum(gate.Metric, value, minimum, file), log);
        }

        if (gate.Maximum is { } maximum && value > maximum + Epsilon)
        {
            return Fail(gate, value, reference, "above the maximum", Errors.GateAboveMaximum(gate.Metric, value, maximum, file), log);
        }

        if (reference is { } previous && double.IsFinite(previous))
        {
            var worseBy = gate.HigherIsBetter ? previous - value : value - previous;
            var allowed = gate.Tolerance.Allowed(previous);
            if (worseBy > allowed + Epsilon)
            {
                return Fail(gate, value, previous, "worse than the baseline", Errors.GateWorseThanBaseline(gate.Metric, value, previous, baseline!.Ref, worseBy, gate.Tolerance, file), log);
            }
        }

        var verdict = gate.AgainstBaseline && reference is null ? "passed (no baseline value)" : "passed";
        return Log(new GateResult(gate, value, reference, true, verdict), log);
    }

    static GateResult Fail(Gate gate, double? value, double? baseline, string verdict, Diagnostic error, ILog log)
    {
        log.Error(error);
        return Log(new GateResult(gate, value, baseline, false, verdict), log);
    }

    static GateResult Log(GateResult result, ILog log)
    {
        var value = result.Value is { } v ? Numbers.Format(v) : "—";
        var baseline = result.Baseline is { } b ? $", baseline {Numbers.Format(b)}" : "";
        log.Message($"Gate {result.Gate.Metric} ({result.Gate.Describe()}): {value}{baseline}: {result.Verdict}");
        return result;
    }
}
