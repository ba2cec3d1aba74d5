namespace Reproducible.Tracking.Search;

/// <summary>Renders comparisons that read one row as a boolean over that row's columns.</summary>
static class RowCondition
{
    /// <param name="column">The SQL of a field's value in the row.</param>
    public static string Of(Filter filter, Func<Field, string> column, SqlDialect dialect, SqlParameters parameters) => filter switch
    {
        AndFilter conjunction => $"({Of(conjunction.Left, column, dialect, parameters)} AND {Of(conjunction.Right, column, dialect, parameters)})",
        OrFilter disjunction => $"({Of(disjunction.Left, column, dialect, parameters)} OR {Of(disjunction.Right, column, dialect, parameters)})",
        NumberComparison number => $"{column(number.Field)} {Symbol(number.Comparator)} {parameters.Add(Number(number))}",
        TextComparison text => Text(column(text.Field), text, dialect, parameters),
        ListComparison list => $"{column(list.Field)} {(list.Negated ? "NOT IN" : "IN")} ({string.Join(", ", list.Values.Select(parameters.Add))})",
        _ => throw new ArgumentException($"{filter} is not a comparison.", nameof(filter)),
    };

    static string Text(string value, TextComparison text, SqlDialect dialect, SqlParameters parameters) => (text.Comparator, dialect) switch
    {
        (Comparator.Like, SqlDialect.Sqlite) => $"{value} GLOB {parameters.Add(LikePattern.Glob(text.Value))}",
        // lower() on both sides keeps ILIKE case-blind even on a connection that set PRAGMA case_sensitive_like.
        (Comparator.ILike, SqlDialect.Sqlite) => $"lower({value}) LIKE lower({parameters.Add(LikePattern.Escaped(text.Value))}) ESCAPE '\\'",
        // Backslash is PostgreSQL's default LIKE escape; naming it would depend on standard_conforming_strings.
        (Comparator.Like, _) => $"{value} LIKE {parameters.Add(LikePattern.Escaped(text.Value))}",
        (Comparator.ILike, _) => $"{value} ILIKE {parameters.Add(LikePattern.Escaped(text.Value))}",
        _ => $"{value} {Symbol(text.Comparator)} {parameters.Add(text.Value)}",
    };

    // Times are integer columns: an integral bound keeps the comparison, and PostgreSQL's index on it, in integers.
    static object Number(NumberComparison comparison) =>
        comparison.Field.Entity is Entity.Attribute && double.IsInteger(comparison.Value) && Math.Abs(comparison.Value) < 9e18
            ? (long)comparison.Value
            : (object)comparison.Value;

    static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.Equal => "=",
        Comparator.NotEqual => "<>",
        Comparator.Less => "<",
        Comparator.LessOrEqual => "<=",
        Comparator.Greater => ">",
        Comparator.GreaterOrEqual => ">=",
        _ => throw new ArgumentException($"{comparator} is not a plain comparison.", nameof(comparator)),
    };
}
