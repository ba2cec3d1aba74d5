namespace Reproducible.Core.Tuning;

static class TpeWeights
{
    const int Flat = 25;

    /// <summary>How many of n ranked observations form the good group.</summary>
    public static int Gamma(int n) => Math.Min((int)Math.Ceiling(0.1 * n), 25);

    /// <summary>Older observations weigh less once there are many, so the model follows the recent search.</summary>
    public static double[] ForObservations(int n) =>
        n < Flat
            ? [.. Enumerable.Repeat(1.0, n)]
            : [.. Ramp(1.0 / n, 1.0, n - Flat), .. Enumerable.Repeat(1.0, Flat)];

    static IEnumerable<double> Ramp(double from, double to, int count) =>
        Enumerable.Range(0, count).Select(index => count == 1 ? from : from + (to - from) * index / (count - 1));
}
