using System.Diagnostics;

namespace Reproducible.Benchmarks;

static class Stopwatched
{
    public static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}
