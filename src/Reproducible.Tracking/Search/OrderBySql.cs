namespace Reproducible.Tracking.Search;

/// <summary>Translates an ordering to an ORDER BY list, without the keywords; runs without the field sort last.</summary>
static class OrderBySql
{
    public static string OrderBy(IReadOnlyList<Ordering> orderings, SqlDialect dialect, SqlParameters parameters) =>
        string.Join(", ", orderings.Select(ordering => Term(ordering, dialect, parameters)));

    static string Term(Ordering ordering, SqlDialect dialect, SqlParameters parameters) =>
        $"{EntitySql.Value(ordering.Field, parameters)}{Collation(ordering.Field, dialect)} {(ordering.Descending ? "DESC" : "ASC")} NULLS LAST";

    // SQLite compares text by code point; PostgreSQL by the database's locale unless told otherwise.
    static string Collation(Field field, SqlDialect dialect) =>
        dialect is SqlDialect.Postgres && !field.IsNumber ? " COLLATE \"C\"" : "";
}
