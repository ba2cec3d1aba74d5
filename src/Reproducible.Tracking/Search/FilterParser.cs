namespace Reproducible.Tracking.Search;

/// <summary>
/// Parses MLflow's search filter grammar with OR and parentheses:
/// <code>
/// filter     := (disjunction)? END
/// disjunction:= conjunction (OR conjunction)*
/// conjunction:= primary (AND primary)*
/// primary    := '(' disjunction ')' | comparison
/// comparison := field comparator value
/// </code>
/// </summary>
public static class FilterParser
{
    /// <summary>An empty or blank filter matches every run.</summary>
    /// <exception cref="FilterSyntaxException">The filter is malformed.</exception>
    public static Filter Parse(string text)
    {
        var cursor = new TokenCursor(text, "filter");
        if (cursor.Current.Kind is TokenKind.End)
        {
            return Filter.AllRuns;
        }

        var filter = Disjunction(cursor);
        return cursor.Current.Kind switch
        {
            TokenKind.End => filter,
            TokenKind.RightParenthesis => throw new FilterSyntaxException(cursor.Current.Column, "expected AND, OR or the end of the filter, found ')', which closes no '('"),
            _ => throw cursor.Expected("AND, OR or the end of the filter"),
        };
    }

    static Filter Disjunction(TokenCursor cursor)
    {
        var filter = Conjunction(cursor);
        while (cursor.TakeKeyword("or"))
        {
            filter = new OrFilter(filter, Conjunction(cursor));
        }

        return filter;
    }

    static Filter Conjunction(TokenCursor cursor)
    {
        var filter = Primary(cursor);
        while (cursor.TakeKeyword("and"))
        {
            filter = new AndFilter(filter, Primary(cursor));
        }

        return filter;
    }

    static Filter Primary(TokenCursor cursor)
    {
        if (cursor.Current.Kind is not TokenKind.LeftParenthesis)
        {
            return ComparisonParser.Read(cursor);
        }

        var open = cursor.Take();
        var filter = Disjunction(cursor);
        if (cursor.Current.Kind is not TokenKind.RightParenthesis)
        {
            throw cursor.Expected($"AND, OR or ')' to close the '(' at column {open.Column}");
        }

        cursor.Take();
        return filter;
    }
}
