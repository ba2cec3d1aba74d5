using System.Globalization;

namespace Reproducible.Core.Evaluation;

public static class Numbers
{
    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Signed(double value) => (value >= 0 ? "+" : "") + Format(value);

    public static double? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : double.NaN;
}
