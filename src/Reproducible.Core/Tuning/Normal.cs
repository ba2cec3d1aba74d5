namespace Reproducible.Core.Tuning;

static class Normal
{
    static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public static double LogPdf(double z) => -0.5 * z * z - LogSqrtTwoPi;

    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>The mass between two standard scores, computed in the tail nearer zero so far-tail intervals keep their precision.</summary>
    public static double Mass(double lower, double upper) =>
        lower > 0 ? Cdf(-lower) - Cdf(-upper) : Cdf(upper) - Cdf(lower);

    public static double Sample(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // Chebyshev approximation with a fractional error below 1.2e-7 everywhere, tails included.
    static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var result = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? result : 2 - result;
    }
}
