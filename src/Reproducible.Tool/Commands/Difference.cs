namespace Reproducible.Tool.Commands;

/// <summary>One key's value in two runs (null where a run lacks it).</summary>
sealed record Difference(string Key, string? A, string? B)
{
    public bool Changed => A != B;

    public static IReadOnlyList<Difference> Of(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b, bool all) =>
        [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(key => new Difference(key, a.GetValueOrDefault(key), b.GetValueOrDefault(key)))
            .Where(difference => all || difference.Changed)];
}
