namespace Reproducible.Tracking.Search;

/// <summary>Parses <c>--order-by</c>: comma-separated <c>field [ASC|DESC]</c>, ascending unless said.</summary>
public static class OrderByParser
{
    /// <exception cref="FilterSyntaxException">The ordering is malformed.</exception>
    public static IReadOnlyList<Ordering> Parse(string text)
    {
        var cursor = new TokenCursor(text, "ordering");
        var orderings = new List<Ordering>();
        if (cursor.Current.Kind is TokenKind.End)
        {
            return orderings;
        }

        while (true)
        {
            var (field, _) = FieldReader.Read(cursor);
            var descending = cursor.TakeKeyword("desc");
            var directed = descending || cursor.TakeKeyword("asc");
            orderings.Add(new Ordering(field, descending));
            if (cursor.Current.Kind is TokenKind.End)
            {
                return orderings;
            }

            if (cursor.Current.Kind is not TokenKind.Comma)
            {
                throw cursor.Expected(directed ? "',' or the end of the ordering" : "ASC, DESC, ',' or the end of the ordering");
            }

            cursor.Take();
        }
    }
}
