using System.Globalization;

namespace Reproducible.Benchmarks;

// Decimal units throughout, as openssl speed reports them: 1 GB = 10^9 bytes.
static class Rate
{
    public static double GigabytesPerSecond(long bytes, double seconds) => bytes / seconds / 1e9;

    public static string Gbps(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.00} GB/s");

    public static string Seconds(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.000} s");

    public static string Ratio(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.00}");
}
