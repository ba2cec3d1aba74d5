namespace Reproducible.Tracking.Tests;

public sealed class LatestMetricsTests
{
    [Fact]
    public void The_latest_is_the_highest_step_then_the_latest_time_then_the_last_reported() =>
        Assert.Equal(
            [new MetricPoint("a", 3, 10, Step: 2), new MetricPoint("b", 6, 20)],
            LatestMetrics.Of(
            [
                new MetricPoint("a", 1, 50, Step: 1),
                new MetricPoint("a", 2, 5, Step: 2),
                new MetricPoint("b", 4, 10),
                new MetricPoint("a", 3, 10, Step: 2),
                new MetricPoint("b", 5, 20),
                new MetricPoint("b", 6, 20),
            ]));
}
