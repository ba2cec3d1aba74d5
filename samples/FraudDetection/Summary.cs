using System.Globalization;

static class Summary
{
    public static string Of(DataSplit split) =>
        Invariant($"training on {Describe(split.Training)}, testing on {Describe(split.Test)}");

    public static string Of(Evaluation evaluation, double threshold) =>
        Invariant($"test: {string.Join("  ", evaluation.Metrics.Select(metric => Invariant($"{metric.Name} {metric.Value:F4}")))}  (threshold {threshold:F4}, the training F1 best)");

    static string Describe(IReadOnlyList<Transaction> transactions) =>
        Invariant($"{transactions.Count:N0} transactions ({transactions.Count(transaction => transaction.IsFraud):N0} fraud)");

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
