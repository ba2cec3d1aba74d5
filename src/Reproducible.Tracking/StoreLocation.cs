namespace Reproducible.Tracking;

/// <summary>Where runs go: <c>REPRO_STORE</c> if set, else a SQLite file in the user's data folder.</summary>
public static class StoreLocation
{
    public const string Variable = "REPRO_STORE";

    public static string Default => Resolve(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows());

    /// <summary>Where runs wait when the store cannot be reached: always on this machine, whatever the store.</summary>
    public static string DefaultSpool => SpoolFor(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows());

    internal static string Resolve(Func<string, string?> variable, bool windows) =>
        NonEmpty(variable(Variable)) ?? Path.Combine(DataFolder(variable, windows), "runs.db");

    internal static string SpoolFor(Func<string, string?> variable, bool windows) =>
        Path.Combine(DataFolder(variable, windows), "spool");

    static string DataFolder(Func<string, string?> variable, bool windows) =>
        windows
            ? Path.Combine(NonEmpty(variable("LOCALAPPDATA")) ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Reproducible")
            : Path.Combine(AbsoluteOrNull(variable("XDG_DATA_HOME")) ?? Path.Combine(NonEmpty(variable("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"), "reproducible");

    static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // The XDG base directory specification says to ignore a relative path.
    static string? AbsoluteOrNull(string? value) => value is { Length: > 0 } && Path.IsPathFullyQualified(value) ? value : null;
}
