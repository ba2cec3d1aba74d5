namespace Reproducible.Core.Tuning;

public sealed record Trial(
    int Number,
    IReadOnlyDictionary<string, object> Parameters,
    TrialState State,
    double? Value = null,
    IReadOnlyDictionary<int, double>? IntermediateValues = null)
{
    public IReadOnlyDictionary<int, double> IntermediateValues { get; init; } = IntermediateValues ?? new Dictionary<int, double>();
}
