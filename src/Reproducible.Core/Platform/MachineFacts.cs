using System.Globalization;
using System.Runtime.InteropServices;

namespace Reproducible.Core.Platform;

public static class MachineFacts
{
    public static string OperatingSystemFamily =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : RuntimeInformation.OSDescription;

    public static string Architecture => RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();

    public static string OperatingSystemName => ReleaseName() ?? RuntimeInformation.OSDescription;

    public static string DotNetRuntime => System.Environment.Version.ToString();

    public static string ProcessorCount => System.Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);

    public static string Cpu => CpuModel() ?? System.Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? "unknown";

    static string? ReleaseName() => ValueOf("/etc/os-release", "PRETTY_NAME=")?.Trim('"');

    static string? CpuModel() => ValueOf("/proc/cpuinfo", "model name")?.Split(':', 2) is [_, var model] ? model.Trim() : null;

    static string? ValueOf(string file, string prefix)
    {
        try
        {
            return File.Exists(file) ? File.ReadLines(file).FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? (prefix.EndsWith('=') ? line[prefix.Length..] : line) : null : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
