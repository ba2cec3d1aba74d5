namespace Reproducible.Core.Evaluation;

public sealed record Gate(string Metric, double? Minimum, double? Maximum, bool AgainstBaseline, Tolerance Tolerance, bool HigherIsBetter)
{
    public string Describe() => string.Join(", ", new[]
    {
        Minimum is { } minimum ? $"≥ {Numbers.Format(minimum)}" : null,
        Maximum is { } maximum ? $"≤ {Numbers.Format(maximum)}" : null,
        AgainstBaseline ? $"no worse than the baseline{(Tolerance.Amount > 0 ? $" by more than {Tolerance}" : "")}" : null,
    }.OfType<string>());
}
