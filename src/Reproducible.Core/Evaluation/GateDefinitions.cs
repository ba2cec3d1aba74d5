using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Evaluation;

public static class GateDefinitions
{
    public static IReadOnlyList<Gate> Read(IEnumerable<GateItem> items, string projectFile, ILog log) =>
        items.Select(item => Read(item, projectFile, log)).OfType<Gate>().ToArray();

    static Gate? Read(GateItem item, string projectFile, ILog log)
    {
        string? Problem(string problem)
        {
            log.Error(Errors.InvalidGate(item.Metric, problem, projectFile));
            return problem;
        }

        var minimum = Numbers.Parse(item.Minimum);
        var maximum = Numbers.Parse(item.Maximum);
        var baseline = item.NoWorseThan?.Trim();
        var tolerance = string.IsNullOrWhiteSpace(item.Tolerance) ? Tolerance.None : Tolerance.TryParse(item.Tolerance);
        bool? higherIsBetter = string.IsNullOrWhiteSpace(item.HigherIsBetter) ? true : bool.TryParse(item.HigherIsBetter.Trim(), out var parsed) ? parsed : null;
        var problem =
            minimum is double.NaN ? Problem($"Minimum '{item.Minimum}' is not a number")
            : maximum is double.NaN ? Problem($"Maximum '{item.Maximum}' is not a number")
            : !string.IsNullOrEmpty(baseline) && !baseline.Equals("baseline", StringComparison.OrdinalIgnoreCase) ? Problem($"NoWorseThan is '{baseline}'; the only value it takes is 'baseline'")
            : tolerance is null ? Problem($"Tolerance '{item.Tolerance}' is neither a number such as 0.01 nor a percentage such as 2%")
            : higherIsBetter is null ? Problem($"HigherIsBetter '{item.HigherIsBetter}' is neither true nor false")
            : minimum is null && maximum is null && string.IsNullOrEmpty(baseline) ? Problem("it has no bound: give it a Minimum, a Maximum or NoWorseThan=\"baseline\"")
            : minimum > maximum ? Problem($"its Minimum {Numbers.Format(minimum!.Value)} is above its Maximum {Numbers.Format(maximum!.Value)}, so no value can pass")
            : !string.IsNullOrWhiteSpace(item.Tolerance) && string.IsNullOrEmpty(baseline) ? Problem("it has a Tolerance but no NoWorseThan=\"baseline\" for it to apply to")
            : null;
        return problem is null ? new Gate(item.Metric, minimum, maximum, !string.IsNullOrEmpty(baseline), tolerance!, higherIsBetter!.Value) : null;
    }
}
