namespace Reproducible.Core.Evaluation;

public sealed record GateResult(Gate Gate, double? Value, double? Baseline, bool Passed, string Verdict);
