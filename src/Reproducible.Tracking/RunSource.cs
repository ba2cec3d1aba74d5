namespace Reproducible.Tracking;

public static class RunSource
{
    public const string Trained = "trained";
    public const string Restored = "restored";
    public const string Tuning = "tuning";

    public static IReadOnlyList<string> All { get; } = [Trained, Restored, Tuning];

    public static bool IsKnown(string source) => All.Contains(source, StringComparer.Ordinal);
}
