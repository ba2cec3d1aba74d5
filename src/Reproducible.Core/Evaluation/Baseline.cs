namespace Reproducible.Core.Evaluation;

public sealed record Baseline(string Ref, IReadOnlyDictionary<string, double> Metrics);
