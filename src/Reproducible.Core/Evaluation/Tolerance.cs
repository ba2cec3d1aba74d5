using System.Globalization;

namespace Reproducible.Core.Evaluation;

public sealed record Tolerance(double Amount, bool Relative)
{
    public static Tolerance None { get; } = new(0, false);

    public double Allowed(double baseline) => Relative ? Math.Abs(baseline) * Amount : Amount;

    public override string ToString() =>
        Relative ? (Amount * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%" : Amount.ToString("0.######", CultureInfo.InvariantCulture);

    public static Tolerance? TryParse(string text)
    {
        var trimmed = text.Trim();
        var relative = trimmed.EndsWith('%');
        return double.TryParse(relative ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && double.IsFinite(amount) && amount >= 0
            ? new Tolerance(relative ? amount / 100 : amount, relative)
            : null;
    }
}
