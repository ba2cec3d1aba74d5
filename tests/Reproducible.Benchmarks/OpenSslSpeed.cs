using System.Globalization;

namespace Reproducible.Benchmarks;

// What this machine's OpenSSL reaches hashing in memory, with no file system in the way: the ceiling for any
// SHA-256 on one core here, .NET's included, as .NET hashes with OpenSSL on Linux.
static class OpenSslSpeed
{
    public const string CommandLine = "openssl speed -bytes 1048576 -evp sha256";

    public static double GigabytesPerSecond()
    {
        var output = Command.Shell($"{CommandLine} 2>/dev/null").Output;
        var line = output.Split('\n').Last(line => line.StartsWith("sha256", StringComparison.OrdinalIgnoreCase));
        var thousandsOfBytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('k'), CultureInfo.InvariantCulture);
        return thousandsOfBytes * 1000 / 1e9;
    }
}
