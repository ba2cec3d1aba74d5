using System.Diagnostics;

namespace Reproducible.Tracking.Benchmarks;

sealed record Timing(double MedianMilliseconds, double P95Milliseconds, int Rows)
{
    const int Warmups = 3;
    const int Repetitions = 41;

    public static Timing Of(Func<int> search)
    {
        var rows = 0;
        for (var i = 0; i < Warmups; i++)
        {
            rows = search();
        }

        var times = new double[Repetitions];
        for (var i = 0; i < Repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            search();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(times[Repetitions / 2], times[(int)Math.Ceiling(Repetitions * 0.95) - 1], rows);
    }
}
