namespace Reproducible.Tracking.Search;

/// <summary><c>10</c>, <c>-3</c>, <c>0.5</c>, <c>.5</c>, <c>1e-3</c>, <c>-2.5E+10</c>.</summary>
static class NumberLiteral
{
    /// <returns>How many characters from <paramref name="start"/> form a number; 0 if none do.</returns>
    public static int Length(string text, int start)
    {
        var index = start;
        if (At(text, index) is '-' or '+')
        {
            index++;
        }

        var integerDigits = Digits(text, ref index);
        var fractionDigits = 0;
        if (At(text, index) == '.')
        {
            index++;
            fractionDigits = Digits(text, ref index);
        }

        if (integerDigits + fractionDigits == 0)
        {
            return 0;
        }

        if (At(text, index) is 'e' or 'E')
        {
            var exponent = index + 1;
            if (At(text, exponent) is '-' or '+')
            {
                exponent++;
            }

            if (Digits(text, ref exponent) > 0)
            {
                index = exponent;
            }
        }

        return index - start;
    }

    static int Digits(string text, ref int index)
    {
        var start = index;
        while (char.IsAsciiDigit(At(text, index)))
        {
            index++;
        }

        return index - start;
    }

    static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
