namespace Reproducible.Tracking.Search;

/// <summary>A parsed search filter: a tree of comparisons joined by AND and OR.</summary>
public abstract record Filter
{
    public static Filter AllRuns { get; } = new AllRunsFilter();
}

public sealed record AllRunsFilter : Filter;

public sealed record AndFilter(Filter Left, Filter Right) : Filter;

public sealed record OrFilter(Filter Left, Filter Right) : Filter;

/// <summary><c>metrics.f1 &gt; 0.9</c>, <c>attributes.start_time &gt;= 1700000000000</c>.</summary>
public sealed record NumberComparison(Field Field, Comparator Comparator, double Value) : Filter;

/// <summary><c>params.depth = '10'</c>, <c>tags.user LIKE 'ann%'</c>.</summary>
public sealed record TextComparison(Field Field, Comparator Comparator, string Value) : Filter;

/// <summary><c>params.optimizer IN ('adam', 'sgd')</c>, or with <see cref="Negated"/>, <c>NOT IN</c>.</summary>
public sealed record ListComparison(Field Field, bool Negated, IReadOnlyList<string> Values) : Filter
{
    public bool Equals(ListComparison? other) =>
        other is not null && Field == other.Field && Negated == other.Negated && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Field, Negated, Values.Count);
}
