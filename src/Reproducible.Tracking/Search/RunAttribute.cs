namespace Reproducible.Tracking.Search;

/// <summary>A column of the runs table, or the experiment's name, that a filter or an ordering can name.</summary>
public sealed record RunAttribute(string Name, string Column, bool IsNumber)
{
    public static IReadOnlyList<RunAttribute> All { get; } =
    [
        new("run_id", "id", IsNumber: false),
        new("run_name", "name", IsNumber: false),
        new("status", "status", IsNumber: false),
        new("start_time", "start_time", IsNumber: true),
        new("end_time", "end_time", IsNumber: true),
        new("fingerprint", "fingerprint", IsNumber: false),
        new("experiment", "name", IsNumber: false),
        new("source", "source", IsNumber: false),
        new("parent_run_id", "parent_run_id", IsNumber: false),
    ];

    public bool IsOfExperiment => Name == "experiment";

    public static RunAttribute? Find(string name) =>
        All.FirstOrDefault(attribute => attribute.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static RunAttribute Named(string name) =>
        Find(name) ?? throw new ArgumentException($"'{name}' is not an attribute of a run.", nameof(name));

    /// <summary>The column as SQL, where the run is <paramref name="run"/> and its experiment <paramref name="experiment"/>.</summary>
    public string In(string run, string experiment) => $"{(IsOfExperiment ? experiment : run)}.{Column}";
}
