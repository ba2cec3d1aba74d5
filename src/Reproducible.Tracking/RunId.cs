namespace Reproducible.Tracking;

public static class RunId
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
