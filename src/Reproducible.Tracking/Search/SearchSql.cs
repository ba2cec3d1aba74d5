namespace Reproducible.Tracking.Search;

/// <summary>Turns a search (<c>--filter</c> and <c>--order-by</c>) into SQL over the runs table <c>r</c>; no text of the search reaches the SQL.</summary>
public static class SearchSql
{
    /// <exception cref="FilterSyntaxException">The filter or the ordering is malformed.</exception>
    public static SqlQuery Translate(string filter, string orderBy, SqlDialect dialect) =>
        Translate(FilterParser.Parse(filter), OrderByParser.Parse(orderBy), dialect);

    public static SqlQuery Translate(Filter filter, IReadOnlyList<Ordering> orderings, SqlDialect dialect)
    {
        var parameters = new SqlParameters();
        var where = FilterSql.Where(filter, dialect, parameters);
        var orderBy = OrderBySql.OrderBy(orderings, dialect, parameters);
        return new SqlQuery(where, orderBy, parameters.Values);
    }
}
