namespace Reproducible.Tracking.Search;

/// <summary>Collects the values a query binds, and hands out their names: <c>@p0</c>, <c>@p1</c>, …</summary>
sealed class SqlParameters
{
    readonly List<object?> values = [];

    public IReadOnlyList<object?> Values => values;

    public string Add(object? value)
    {
        values.Add(value);
        return $"@p{values.Count - 1}";
    }
}
