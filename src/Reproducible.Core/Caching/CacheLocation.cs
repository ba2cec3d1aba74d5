namespace Reproducible.Core.Caching;

static class CacheLocation
{
    public const string Variable = "REPRO_CACHE_DIR";

    public static string Default => Resolve(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows());

    internal static string Resolve(Func<string, string?> variable, bool windows) =>
        NonEmpty(variable(Variable))
        ?? (windows
            ? Path.Combine(NonEmpty(variable("LOCALAPPDATA")) ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Reproducible", "cache")
            : Path.Combine(AbsoluteOrNull(variable("XDG_CACHE_HOME")) ?? Path.Combine(NonEmpty(variable("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "reproducible"));

    static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // The XDG base directory specification says to ignore a relative path.
    static string? AbsoluteOrNull(string? value) => value is { Length: > 0 } && Path.IsPathFullyQualified(value) ? value : null;
}
