namespace Reproducible.Tracking;

/// <summary>One reported value of a metric. <paramref name="Timestamp"/> is in Unix milliseconds.</summary>
public sealed record MetricPoint(string Key, double Value, long Timestamp, long Step = 0);
