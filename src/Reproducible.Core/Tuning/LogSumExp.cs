namespace Reproducible.Core.Tuning;

static class LogSumExp
{
    /// <summary>log Σ exp(term), shifted by the largest term so that no term overflows or vanishes.</summary>
    public static double Of(ReadOnlySpan<double> terms)
    {
        var max = double.NegativeInfinity;
        foreach (var term in terms)
            max = Math.Max(max, term);
        if (double.IsNegativeInfinity(max))
            return max;
        var sum = 0.0;
        // exp(x) is exactly 0 in doubles below about −745, so skipping those terms changes nothing but the time.
        foreach (var term in terms)
            if (term - max > -746)
                sum += Math.Exp(term - max);
        return max + Math.Log(sum);
    }
}
