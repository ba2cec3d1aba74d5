namespace Reproducible.Tracking.Search;

/// <summary>
/// Where a field's value lives: a key-value table joined on the run, or a column of the run or its experiment.
/// The store keeps a NaN metric as NULL, so no comparison matches it and it sorts with the runs that lack the metric.
/// </summary>
static class EntitySql
{
    /// <summary>A predicate that holds when the run has the field and <paramref name="condition"/> holds of its value.</summary>
    public static string Condition(Field field, SqlParameters parameters, Func<string, string> condition) => field.Entity switch
    {
        Entity.Metric => RunIn("latest_metrics", field.Name, parameters, condition),
        Entity.Param => RunIn("params", field.Name, parameters, condition),
        Entity.Tag => RunIn("tags", field.Name, parameters, condition),
        _ => condition(RunAttribute.Named(field.Name).Column),
    };

    /// <summary>The field's value for the run, or NULL when the run does not have it.</summary>
    public static string Value(Field field, SqlParameters parameters) => field.Entity switch
    {
        Entity.Metric => Lookup("latest_metrics", field.Name, parameters),
        Entity.Param => Lookup("params", field.Name, parameters),
        Entity.Tag => Lookup("tags", field.Name, parameters),
        _ => RunAttribute.Named(field.Name).Column,
    };

    // Not a correlated EXISTS: SQLite would test it on every run (390 ms over 100,000 runs), where it reads the
    // runs of an uncorrelated IN from the (key, value, run_id) index and looks up only those (18 ms).
    static string RunIn(string table, string key, SqlParameters parameters, Func<string, string> condition) =>
        $"r.id IN (SELECT x.run_id FROM {table} x WHERE x.key = {parameters.Add(key)} AND {condition("x.value")})";

    static string Lookup(string table, string key, SqlParameters parameters) =>
        $"(SELECT x.value FROM {table} x WHERE x.run_id = r.id AND x.key = {parameters.Add(key)})";
}
