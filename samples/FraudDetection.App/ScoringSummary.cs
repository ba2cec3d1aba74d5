sealed record ScoringSummary(int Scored, int Flagged, double Threshold, IReadOnlyList<TransactionScore> HighestRisk)
{
    const int HighestRiskCount = 5;

    public static ScoringSummary Of(IReadOnlyList<TransactionScore> scores, double threshold) =>
        new(
            scores.Count,
            scores.Count(score => score.Score >= threshold),
            threshold,
            [.. scores
                .OrderByDescending(score => score.Score)
                .ThenBy(score => score.TransactionId, StringComparer.Ordinal)
                .Take(HighestRiskCount)]);
}
