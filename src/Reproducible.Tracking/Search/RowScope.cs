namespace Reproducible.Tracking.Search;

/// <summary>
/// The one row a part of a filter reads: the run's own row (its attributes), or the row of one metric, param
/// or tag of the run. A run has at most one row per key, so comparisons that share a row combine inside it:
/// <c>metrics.f1 &gt; 0.5 and metrics.f1 &lt; 0.6</c> is one index range, not two sets of runs to intersect.
/// </summary>
sealed record RowScope(Entity Entity, string Key)
{
    public static RowScope? Of(Filter filter) => filter switch
    {
        NumberComparison c => Of(c.Field),
        TextComparison c => Of(c.Field),
        ListComparison c => Of(c.Field),
        AndFilter conjunction => Same(Of(conjunction.Left), Of(conjunction.Right)),
        OrFilter disjunction => Same(Of(disjunction.Left), Of(disjunction.Right)),
        _ => null,
    };

    public bool IsRun => Entity is Entity.Attribute;

    public string Table => Entity switch
    {
        Entity.Metric => "latest_metrics",
        Entity.Param => "params",
        Entity.Tag => "tags",
        _ => "runs",
    };

    public static RowScope Of(Field field) => new(field.Entity, field.Entity is Entity.Attribute ? "" : field.Name);

    static RowScope? Same(RowScope? left, RowScope? right) => left is not null && left == right ? left : null;
}
