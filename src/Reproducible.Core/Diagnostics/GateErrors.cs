using Reproducible.Core.Evaluation;

namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic GateBelowMinimum(string metric, double value, double minimum, string file) =>
        new("REPRO0040", $"{metric} = {Numbers.Format(value)} is below the minimum {Numbers.Format(minimum)}. The model does not pass its EvaluationGate; improve it, or change the gate in the project if the bar was wrong.", file);

    public static Diagnostic GateAboveMaximum(string metric, double value, double maximum, string file) =>
        new("REPRO0040", $"{metric} = {Numbers.Format(value)} is above the maximum {Numbers.Format(maximum)}. The model does not pass its EvaluationGate; improve it, or change the gate in the project if the bar was wrong.", file);

    public static Diagnostic GateWorseThanBaseline(string metric, double value, double baseline, string reference, double worseBy, Tolerance tolerance, string file) =>
        new("REPRO0041", $"{metric} = {Numbers.Format(value)} is worse than the baseline {Numbers.Format(baseline)} ({reference}) by {Numbers.Format(worseBy)}, more than the tolerance {tolerance}. The model must be no worse than the one it replaces.", file);

    public static Diagnostic GateMetricMissing(string metric, IEnumerable<string> reported, string file) =>
        new("REPRO0042", $"The EvaluationGate '{metric}' is on a metric the trainer never reported (it reported: {(reported.Any() ? string.Join(", ", reported.Order(StringComparer.Ordinal)) : "none")}). Fix the gate's name, or report the metric from the trainer.", file);

    public static Diagnostic GateMetricNotFinite(string metric, double value, string file) =>
        new("REPRO0043", $"{metric} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which no gate can pass. The trainer's evaluation produced an invalid number (a division by zero, an empty class, a diverged model).", file);

    public static Diagnostic InvalidGate(string metric, string problem, string file) =>
        new("REPRO0044", $"The EvaluationGate '{metric}' is not valid: {problem}. See docs/gates.md.", file);

    public static Diagnostic BaselineUnavailable(string reference, string problem, string file) =>
        new("REPRO0045", $"The baseline '{reference}' cannot be read: {problem}. Set ReproBaseline to a git ref whose commit has the model's lock (such as origin/main), or fetch it first (git fetch origin main).", file);
}
