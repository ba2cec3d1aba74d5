namespace Reproducible.Tracking;

public static class LatestMetrics
{
    /// <summary>The final value of each metric: the highest step, then the latest timestamp, then the last reported.</summary>
    public static IReadOnlyList<MetricPoint> Of(IEnumerable<MetricPoint> points) =>
        [.. points.GroupBy(point => point.Key, StringComparer.Ordinal).Select(Latest)];

    public static bool Supersedes(MetricPoint candidate, MetricPoint current) =>
        candidate.Step > current.Step || (candidate.Step == current.Step && candidate.Timestamp >= current.Timestamp);

    static MetricPoint Latest(IEnumerable<MetricPoint> series) =>
        series.Aggregate((latest, point) => Supersedes(point, latest) ? point : latest);
}
