using System.Globalization;

namespace Reproducible.Tool.Commands;

static class Formats
{
    public const string Absent = "-";

    public static string ShortId(string id) => id.Length > 12 ? id[..12] : id;

    public static string Time(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(long? unixMilliseconds) => unixMilliseconds is { } time ? Time(time) : Absent;

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } number ? Number(number) : Absent;

    // Four significant digits: a delta is read for its size and sign, not its last decimals.
    public static string Signed(double value) => (value > 0 ? "+" : "") + value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Delta(double? before, double? after) => before is { } a && after is { } b ? Signed(b - a) : Absent;

    public static string Text(string? value) => value ?? Absent;
}
