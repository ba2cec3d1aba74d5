namespace Reproducible.Core.Provenance;

// The per-user configuration folder, as the result cache finds its folder (see CacheLocation).
static class ConfigLocation
{
    public static string Default => Resolve(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows());

    internal static string Resolve(Func<string, string?> variable, bool windows) =>
        windows
            ? Path.Combine(NonEmpty(variable("APPDATA")) ?? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "Reproducible")
            : Path.Combine(AbsoluteOrNull(variable("XDG_CONFIG_HOME")) ?? Path.Combine(NonEmpty(variable("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"), "reproducible");

    static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // The XDG base directory specification says to ignore a relative path.
    static string? AbsoluteOrNull(string? value) => value is { Length: > 0 } && Path.IsPathFullyQualified(value) ? value : null;
}
