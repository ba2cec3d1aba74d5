namespace Reproducible.Tracking;

public static class RunStatus
{
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Failed = "failed";
    public const string Killed = "killed";
    public const string Pruned = "pruned";

    public static IReadOnlyList<string> All { get; } = [Running, Finished, Failed, Killed, Pruned];

    public static bool IsKnown(string status) => All.Contains(status, StringComparer.Ordinal);
}
