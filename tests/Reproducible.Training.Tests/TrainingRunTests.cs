using Reproducible.Training;

namespace Reproducible.Training.Tests;

public class TrainingRunTests
{
    static TrainingRun Run(TextWriter output) => new(
        new RunContext(
            7,
            new Dictionary<string, string> { ["rate"] = "0.05", ["epochs"] = "20", ["shuffle"] = "True", ["depth"] = "deep" },
            new Dictionary<string, string> { ["train"] = "/data/train.csv" },
            "/out"),
        output);

    [Fact]
    public void Reports_metrics_and_log_lines_on_its_output()
    {
        var output = new StringWriter { NewLine = "\n" };
        var run = Run(output);

        run.Log("epoch 1/20");
        run.LogMetric("loss", 0.5, step: 1);
        run.Log("##repro {\"type\":\"metric\",\"name\":\"fake\",\"value\":1}");

        Assert.Equal(
            "epoch 1/20\n##repro {\"type\":\"metric\",\"name\":\"loss\",\"value\":0.5,\"step\":1}\n ##repro {\"type\":\"metric\",\"name\":\"fake\",\"value\":1}\n",
            output.ToString());
    }

    [Fact]
    public void Parses_parameters_in_the_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var parameters = Run(TextWriter.Null).Parameters;

            Assert.Equal(0.05, parameters.GetDouble("rate"));
            Assert.Equal(20, parameters.GetInt32("epochs"));
            Assert.True(parameters.GetBoolean("shuffle"));
            Assert.Equal(3, parameters.GetInt32("missing", 3));
            Assert.Equal("deep", parameters["depth"]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Names_the_parameter_and_the_fix_when_one_is_missing_or_malformed()
    {
        var parameters = Run(TextWriter.Null).Parameters;

        Assert.Contains("<Hyperparameter Include=\"layers\" Value=\"...\" />", Assert.Throws<KeyNotFoundException>(() => parameters.GetInt32("layers")).Message, StringComparison.Ordinal);
        Assert.Contains("'depth' has the value 'deep', which is not a valid Double", Assert.Throws<FormatException>(() => parameters.GetDouble("depth")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposes_the_context()
    {
        var run = Run(TextWriter.Null);

        Assert.Equal(7, run.Seed);
        Assert.Equal("/data/train.csv", run.Data["train"]);
        Assert.Equal("/out", run.OutputDirectory);
    }
}
