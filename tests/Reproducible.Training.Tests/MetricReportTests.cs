using Reproducible.Training;

namespace Reproducible.Training.Tests;

public class MetricReportTests
{
    [Theory]
    [InlineData("f1", 0.8731, null, """##repro {"type":"metric","name":"f1","value":0.8731}""")]
    [InlineData("loss", 0.25, 3L, """##repro {"type":"metric","name":"loss","value":0.25,"step":3}""")]
    [InlineData("auc", double.NaN, null, """##repro {"type":"metric","name":"auc","value":"NaN"}""")]
    [InlineData("gain", double.NegativeInfinity, 1L, """##repro {"type":"metric","name":"gain","value":"-Infinity","step":1}""")]
    public void Writes_one_protocol_line(string name, double value, long? step, string line)
    {
        var report = new MetricReport(name, value, step);

        Assert.Equal(line, report.ToLine());
        Assert.Equal(report, MetricReport.Parse(line[RunProtocol.MessagePrefix.Length..]));
    }

    [Theory]
    [InlineData("""{"type":"metric","name":"f1","value":1e400}""", "too large")]
    [InlineData("""{"type":"metric","name":"","value":1}""", "its name must be 1 to 250 printable characters")]
    [InlineData("""{"type":"metric","name":"a\nb","value":1}""", "its name must be 1 to 250 printable characters")]
    [InlineData("""{"type":"metric","value":1}""", "it has no string property 'name'")]
    [InlineData("""{"name":"f1","value":1}""", "it has no string property 'type'")]
    [InlineData("""{"type":"metric","name":"f1","value":true}""", "its value must be a number")]
    [InlineData("""{"type":"metric","name":"f1","value":"nan"}""", "its value must be a number")]
    [InlineData("""{"type":"metric","name":"f1","value":1,"step":1.5}""", "its step must be a whole number")]
    [InlineData("""["metric"]""", "it is not a JSON object")]
    public void Names_what_is_wrong_with_a_malformed_message(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => MetricReport.Parse(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void Accepts_a_null_step_and_unknown_properties() =>
        Assert.Equal(new MetricReport("f1", 1), MetricReport.Parse("""{"type":"metric","name":"f1","value":1,"step":null,"time":"later"}"""));
}
