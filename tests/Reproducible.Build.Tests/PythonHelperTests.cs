using Reproducible.Testing;
using Reproducible.Training;

namespace Reproducible.Build.Tests;

public sealed class PythonHelperTests : IDisposable
{
    const string Python = "/usr/bin/python3";
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    ProcessResult RunPython(string code, RunContext? context = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["PYTHONPATH"] = RepositoryRoot.Combine("src", "Reproducible.Build", "python"),
            [RunProtocol.ContextVariable] = context is null ? null : folder.Write("context.json", context.ToJson()),
        };
        return Command.Run(Python, ["-c", code], folder.Path, environment);
    }

    [Fact]
    public void Reports_metrics_exactly_as_the_CSharp_library_does()
    {
        var python = RunPython("""
            import reproducible
            run = reproducible.current()
            run.log_metric("f1", 0.8731)
            run.log_metric("loss", 0.25, step=3)
            run.log_metric("auc", float("nan"))
            run.log_metric("gain", float("-inf"), step=1)
            """, new RunContext(1, new Dictionary<string, string>(), new Dictionary<string, string>(), folder.Path)).ShouldSucceed();

        string[] expected =
        [
            new MetricReport("f1", 0.8731).ToLine(),
            new MetricReport("loss", 0.25, 3).ToLine(),
            new MetricReport("auc", double.NaN).ToLine(),
            new MetricReport("gain", double.NegativeInfinity, 1).ToLine(),
        ];
        Assert.Equal(expected, python.Output.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Reads_the_context_the_build_writes()
    {
        var context = new RunContext(
            9,
            new Dictionary<string, string> { ["rate"] = "0.5", ["depth"] = "4", ["balanced"] = "True" },
            new Dictionary<string, string> { ["train"] = "/data/train.csv" },
            folder["out"]);

        var python = RunPython("""
            import reproducible
            run = reproducible.current()
            print(run.seed, run.param_float("rate"), run.param_int("depth"), run.param_bool("balanced"), run.param_int("missing", 7), run.data["train"])
            print(run.output_path("model.pkl"))
            """, context).ShouldSucceed();

        Assert.Equal($"9 0.5 4 True 7 /data/train.csv\n{folder["out/model.pkl"]}\n", python.Output);
    }

    [Fact]
    public void Says_how_to_run_it_when_started_outside_a_build() =>
        Assert.Contains("dotnet build", RunPython("import reproducible; reproducible.current()").ShouldFail().Output, StringComparison.Ordinal);
}
