namespace Reproducible.Tuning.Benchmarks;

static class Curve
{
    public static readonly int[] Checkpoints = [25, 50, 100];

    public static double[] BestSoFar(IEnumerable<double> values)
    {
        var best = double.PositiveInfinity;
        return [.. values.Select(value => best = Math.Min(best, value))];
    }

    /// <summary>The median over seeds of the best value found within each checkpoint's number of trials.</summary>
    public static double[] MedianAtCheckpoints(IReadOnlyList<double[]> curves) =>
        [.. Checkpoints.Select(checkpoint => Median([.. curves.Select(curve => curve[checkpoint - 1])]))];

    static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
    }
}
