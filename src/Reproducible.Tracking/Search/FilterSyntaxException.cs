namespace Reproducible.Tracking.Search;

/// <summary>A filter or an ordering that does not parse; <see cref="Column"/> counts from 1.</summary>
public sealed class FilterSyntaxException(int column, string reason) : Exception($"column {column}: {reason}")
{
    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
