using System.Globalization;

namespace Reproducible.Tracking.Benchmarks;

static class Report
{
    public static void Print(int runs, IReadOnlyList<Result> results)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Search over {runs:N0} runs × 20 params × 10 metrics"));
        Console.WriteLine();
        Console.WriteLine("| store | search | rows | median ms | p95 ms | target |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var result in results)
        {
            var target = result.TargetMilliseconds is { } ms ? $"< {ms} ms: {(result.Met ? "met" : "MISSED")}" : "";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {result.Store} | `{result.Search.Described}` | {result.Timing.Rows} | {result.Timing.MedianMilliseconds:F2} | {result.Timing.P95Milliseconds:F2} | {target} |"));
        }
    }

    public static void Section(string title, IEnumerable<string> lines)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("```");
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("```");
    }
}
