using Reproducible.Testing;
using Reproducible.Training;

namespace Reproducible.Training.Tests;

public class RunContextTests
{
    static readonly RunContext Sample = new(
        42,
        new Dictionary<string, string> { ["learning_rate"] = "0.05", ["epochs"] = "200" },
        new Dictionary<string, string> { ["transactions"] = "/home/me/fraud/data/transactions.csv" },
        "/home/me/fraud/obj/Debug/net10.0/repro/out");

    [Fact]
    public void Writes_the_documented_format() => Snapshot.Verify(Sample.ToJson(), "json");

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var read = RunContext.Parse(Sample.ToJson());

        Assert.Equal(Sample.Seed, read.Seed);
        Assert.Equal(Sample.Parameters, read.Parameters);
        Assert.Equal(Sample.Data, read.Data);
        Assert.Equal(Sample.OutputDirectory, read.OutputDirectory);
    }

    [Theory]
    [InlineData("""{"protocol":2,"seed":1,"parameters":{},"data":{},"outputDirectory":"/o"}""", "protocol version 2")]
    [InlineData("""{"protocol":1,"parameters":{},"data":{},"outputDirectory":"/o"}""", "not valid")]
    [InlineData("not json", "not valid")]
    public void Rejects_a_context_it_cannot_follow(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => RunContext.Parse(json)).Message, StringComparison.Ordinal);
}
