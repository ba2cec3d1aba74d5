namespace Reproducible.Tracking;

public static class UnixTime
{
    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
