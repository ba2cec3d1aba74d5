namespace Reproducible.Tracking;

/// <summary>
/// A search translated to SQL, for <see cref="IRunStore.Search"/>: a condition (<see cref="Where"/>)
/// and a sort (<see cref="OrderBy"/>, without the keywords; empty for none) that refer to the runs table
/// as <c>r</c> and the experiments table as <c>e</c>, and use the named parameters <c>@p0, @p1, …</c>,
/// whose values are <see cref="Parameters"/> in order. An empty <see cref="Where"/> selects every run.
/// The store appends <c>r.start_time DESC, r.id</c> to the sort and a limit.
/// </summary>
public sealed record SqlQuery(string Where, string OrderBy, IReadOnlyList<object?> Parameters)
{
    public static SqlQuery All { get; } = new("", "", []);

    public static string ParameterName(int index) => $"@p{index}";
}
