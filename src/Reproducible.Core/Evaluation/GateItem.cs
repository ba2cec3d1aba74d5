namespace Reproducible.Core.Evaluation;

public sealed record GateItem(string Metric, string? Minimum, string? Maximum, string? NoWorseThan, string? Tolerance, string? HigherIsBetter);
