using System.Globalization;

namespace Reproducible.Tracking.Search;

/// <summary>Reads <c>field comparator value</c>, and checks that the three fit: numbers for metrics and times, strings for the rest.</summary>
static class ComparisonParser
{
    public static Filter Read(TokenCursor cursor)
    {
        var (field, written) = FieldReader.Read(cursor);
        var (comparator, comparatorToken, comparatorText) = ReadComparator(cursor, written);
        CheckFits(field, written, comparator, comparatorToken, comparatorText);
        var before = $"'{written} {comparatorText}'";
        return comparator switch
        {
            Comparator.In or Comparator.NotIn => new ListComparison(field, comparator is Comparator.NotIn, ReadList(cursor, before)),
            _ when field.IsNumber => new NumberComparison(field, comparator, ReadNumber(cursor, before)),
            _ => new TextComparison(field, comparator, ReadString(cursor, $"a quoted string after {before}")),
        };
    }

    static (Comparator Comparator, Token Token, string Text) ReadComparator(TokenCursor cursor, string field)
    {
        var token = cursor.Current;
        var symbol = token.Kind is TokenKind.Comparator or TokenKind.Word ? token.Text.ToUpperInvariant() : "";
        Comparator? comparator = symbol switch
        {
            "=" => Comparator.Equal,
            "!=" => Comparator.NotEqual,
            "<" => Comparator.Less,
            "<=" => Comparator.LessOrEqual,
            ">" => Comparator.Greater,
            ">=" => Comparator.GreaterOrEqual,
            "LIKE" => Comparator.Like,
            "ILIKE" => Comparator.ILike,
            "IN" => Comparator.In,
            "NOT" => Comparator.NotIn,
            _ => null,
        };
        if (comparator is null)
        {
            throw cursor.Expected($"a comparator after '{field}'");
        }

        cursor.Take();
        if (comparator is Comparator.NotIn && !cursor.TakeKeyword("in"))
        {
            throw cursor.Expected($"IN after '{field} NOT'");
        }

        return (comparator.Value, token, comparator is Comparator.NotIn ? "NOT IN" : symbol);
    }

    static void CheckFits(Field field, string written, Comparator comparator, Token token, string text)
    {
        var isNumeric = comparator is not (Comparator.Like or Comparator.ILike or Comparator.In or Comparator.NotIn);
        var isOrdering = comparator is Comparator.Less or Comparator.LessOrEqual or Comparator.Greater or Comparator.GreaterOrEqual;
        if (field.IsNumber && !isNumeric)
        {
            throw new FilterSyntaxException(token.Column, $"'{written}' is a number, so expected = != < <= > or >=, found '{text}'");
        }

        if (!field.IsNumber && isOrdering)
        {
            throw new FilterSyntaxException(token.Column, $"'{written}' is text, so expected = != LIKE ILIKE IN or NOT IN, found '{text}'");
        }
    }

    static double ReadNumber(TokenCursor cursor, string before)
    {
        var token = cursor.Current;
        if (token.Kind is not TokenKind.Number)
        {
            throw cursor.Expected($"a number after {before}");
        }

        var value = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        cursor.Take();
        return double.IsFinite(value)
            ? value
            : throw new FilterSyntaxException(token.Column, $"expected a number between -1.7e308 and 1.7e308 after {before}, found {token.Text}");
    }

    static string ReadString(TokenCursor cursor, string expected) =>
        cursor.Current.Kind is TokenKind.String ? cursor.Take().Value : throw cursor.Expected(expected);

    static List<string> ReadList(TokenCursor cursor, string before)
    {
        if (cursor.Current.Kind is not TokenKind.LeftParenthesis)
        {
            throw cursor.Expected($"'(' after {before}");
        }

        cursor.Take();
        if (cursor.Current.Kind is TokenKind.RightParenthesis)
        {
            throw cursor.Expected("at least one quoted string in the list");
        }

        var values = new List<string> { ReadString(cursor, "a quoted string in the list") };
        while (cursor.Current.Kind is TokenKind.Comma)
        {
            cursor.Take();
            values.Add(ReadString(cursor, "a quoted string in the list"));
        }

        if (cursor.Current.Kind is not TokenKind.RightParenthesis)
        {
            throw cursor.Expected("',' or ')' in the list");
        }

        cursor.Take();
        return values;
    }
}
