namespace Reproducible.Tracking.Search;

/// <summary>Translates a filter to a WHERE clause over the runs table <c>r</c>. Every name and value becomes a parameter.</summary>
static class FilterSql
{
    public static string Where(Filter filter, SqlDialect dialect, SqlParameters parameters) => filter switch
    {
        AllRunsFilter => "",
        AndFilter and => $"({Where(and.Left, dialect, parameters)} AND {Where(and.Right, dialect, parameters)})",
        OrFilter or => $"({Where(or.Left, dialect, parameters)} OR {Where(or.Right, dialect, parameters)})",
        NumberComparison number => EntitySql.Condition(number.Field, parameters, value => $"{value} {Symbol(number.Comparator)} {parameters.Add(Number(number))}"),
        TextComparison text => EntitySql.Condition(text.Field, parameters, value => TextCondition(value, text, dialect, parameters)),
        ListComparison list => EntitySql.Condition(list.Field, parameters, value => $"{value} {(list.Negated ? "NOT IN" : "IN")} ({string.Join(", ", list.Values.Select(parameters.Add))})"),
        _ => throw new ArgumentException($"Unknown filter {filter}.", nameof(filter)),
    };

    static string TextCondition(string value, TextComparison text, SqlDialect dialect, SqlParameters parameters) => (text.Comparator, dialect) switch
    {
        (Comparator.Like, SqlDialect.Sqlite) => $"{value} GLOB {parameters.Add(LikePattern.Glob(text.Value))}",
        (Comparator.ILike, SqlDialect.Sqlite) => $"lower({value}) LIKE lower({parameters.Add(LikePattern.Escaped(text.Value))}) ESCAPE '\\'",
        // Backslash is PostgreSQL's default LIKE escape; naming it would depend on standard_conforming_strings.
        (Comparator.Like, _) => $"{value} LIKE {parameters.Add(LikePattern.Escaped(text.Value))}",
        (Comparator.ILike, _) => $"{value} ILIKE {parameters.Add(LikePattern.Escaped(text.Value))}",
        _ => $"{value} {Symbol(text.Comparator)} {parameters.Add(text.Value)}",
    };

    // Times are integer columns: an integral bound keeps the comparison (and PostgreSQL's index on it) in integers.
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
