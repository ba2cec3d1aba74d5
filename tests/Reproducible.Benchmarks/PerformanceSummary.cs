using System.Globalization;
using System.Text.RegularExpressions;

namespace Reproducible.Benchmarks;

// Reads "  123 ms  ReproTrain   1 calls" from the summary that -clp:PerformanceSummary prints.
static partial class PerformanceSummary
{
    public const string Switch = "-clp:PerformanceSummary";

    public static double Milliseconds(string buildOutput, string targetOrTask) =>
        Line().Matches(buildOutput)
            .Where(match => match.Groups["name"].Value == targetOrTask)
            .Select(match => double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(double.NaN)
            .First();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+(?<name>\S+)\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex Line();
}
