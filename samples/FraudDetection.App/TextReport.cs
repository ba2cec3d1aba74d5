using System.Globalization;
using System.Text;

static class TextReport
{
    public static string Of(ScoringSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Scored: {summary.Scored} transactions");
        text.AppendLine(CultureInfo.InvariantCulture, $"Flagged as fraud: {summary.Flagged} ({Percent(summary.Flagged, summary.Scored)}, score >= {summary.Threshold:F4})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Highest risk:");
        foreach (var (transactionId, score) in summary.HighestRisk)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {transactionId}  {score:F4}");
        }

        return text.ToString().TrimEnd('\n');
    }

    static string Percent(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{(whole == 0 ? 0 : 100.0 * part / whole):F2}%");
}
