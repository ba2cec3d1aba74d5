namespace Reproducible.Tracking.Search;

/// <summary>A column of the runs table that a filter or an ordering can name.</summary>
public sealed record RunAttribute(string Name, string Column, bool IsNumber)
{
    public static IReadOnlyList<RunAttribute> All { get; } =
    [
        new("run_id", "r.id", IsNumber: false),
        new("run_name", "r.name", IsNumber: false),
        new("status", "r.status", IsNumber: false),
        new("start_time", "r.start_time", IsNumber: true),
        new("end_time", "r.end_time", IsNumber: true),
        new("fingerprint", "r.fingerprint", IsNumber: false),
        // The store joins the experiment of each run as e.
        new("experiment", "e.name", IsNumber: false),
        new("source", "r.source", IsNumber: false),
        new("parent_run_id", "r.parent_run_id", IsNumber: false),
    ];

    public static RunAttribute? Find(string name) =>
        All.FirstOrDefault(attribute => attribute.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static RunAttribute Named(string name) =>
        Find(name) ?? throw new ArgumentException($"'{name}' is not an attribute of a run.", nameof(name));
}
