using System.Globalization;

namespace Reproducible.Benchmarks;

// What one up-to-date check says about itself, as one line of "key=value" words.
sealed record UpToDateReport(int Files, int Hashed, double LoadSeconds, double HashSeconds, double SaveSeconds)
{
    public double InProcessSeconds => LoadSeconds + HashSeconds + SaveSeconds;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"files={Files} hashed={Hashed} load={LoadSeconds:R} hash={HashSeconds:R} save={SaveSeconds:R}");

    public static UpToDateReport Parse(string output)
    {
        var line = output.Split('\n').Single(line => line.StartsWith("files=", StringComparison.Ordinal));
        var values = line.Split(' ').Select(word => word.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return new(
            int.Parse(values["files"], CultureInfo.InvariantCulture),
            int.Parse(values["hashed"], CultureInfo.InvariantCulture),
            double.Parse(values["load"], CultureInfo.InvariantCulture),
            double.Parse(values["hash"], CultureInfo.InvariantCulture),
            double.Parse(values["save"], CultureInfo.InvariantCulture));
    }
}
