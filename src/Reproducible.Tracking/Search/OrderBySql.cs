namespace Reproducible.Tracking.Search;

/// <summary>Translates an ordering to an ORDER BY list, without the keywords; runs without the field sort last.</summary>
static class OrderBySql
{
    public static string OrderBy(IReadOnlyList<Ordering> orderings, SqlDialect dialect, SqlParameters parameters) =>
        string.Join(", ", orderings.Select(ordering => Term(ordering, dialect, parameters)));

    static string Term(Ordering ordering, SqlDialect dialect, SqlParameters parameters) =>
        $"{Value(ordering.Field, parameters)}{Collation(ordering.Field, dialect)} {(ordering.Descending ? "DESC" : "ASC")} NULLS LAST";

    /// <summary>The field's value for the run, or NULL when the run does not have it (the store keeps a NaN metric as NULL).</summary>
    static string Value(Field field, SqlParameters parameters) =>
        RowScope.Of(field) is { IsRun: false } scope
            ? $"(SELECT x.value FROM {scope.Table} x WHERE x.run_id = r.id AND x.key = {parameters.Add(scope.Key)})"
            : RunAttribute.Named(field.Name).In("r", "e");

    // SQLite compares text by code point; PostgreSQL by the database's locale unless told otherwise.
    static string Collation(Field field, SqlDialect dialect) =>
        dialect is SqlDialect.Postgres && !field.IsNumber ? " COLLATE \"C\"" : "";
}
