namespace Reproducible.Tool.Commands;

/// <summary>One metric's value in two runs, or two locks (null where one lacks it).</summary>
sealed record MetricDifference(string Key, double? A, double? B)
{
    public double? Delta => A is { } a && B is { } b ? b - a : null;

    public static IReadOnlyList<MetricDifference> Of(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b) =>
        [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal).Select(key => new MetricDifference(key, Value(a, key), Value(b, key)))];

    static double? Value(IReadOnlyDictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var value) ? value : null;
}
