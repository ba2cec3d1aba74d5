using Reproducible.Tool.Tuning;

namespace Reproducible.Tool.Tests.Tuning;

public class DurationsTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData("90s", 90)]
    [InlineData("1.5m", 90)]
    [InlineData("2h", 7200)]
    [InlineData("00:01:30", 90)]
    public void A_duration_reads_in_seconds_minutes_hours_or_as_a_time(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5m")]
    [InlineData("0")]
    [InlineData("3d")]
    [InlineData("1e300h")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(Durations.Parse(text));
}
