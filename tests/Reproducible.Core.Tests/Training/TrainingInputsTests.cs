using Reproducible.Core.Training;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Training;

public sealed class TrainingInputsTests : IDisposable
{
    readonly TemporaryDirectory project = new();

    public void Dispose() => project.Dispose();

    TrainingRequest Request(
        DataItem[]? data = null,
        ParameterItem[]? parameters = null,
        string? seed = "42",
        string? command = "python3 train.py",
        string? assembly = null) =>
        new(project["Model.csproj"], data ?? [], parameters ?? [], seed, command, assembly, "dotnet", project["obj/repro"], project["bin/model"], project["bin/metrics.json"]);

    [Fact]
    public void Resolves_names_paths_parameters_and_seed()
    {
        project.Write("data/transactions.csv", "a\n");
        project.Write("data/images/1.png", "x");
        var log = new RecordingLog();

        var inputs = TrainingInputs.Resolve(
            Request(
                data: [new("data/transactions.csv"), new("data/images/", "pictures")],
                parameters: [new("learning_rate", "0.05"), new("depth", "10")],
                seed: " -7 "),
            log)!;

        Assert.Empty(log.Errors);
        Assert.Equal(-7, inputs.Seed);
        Assert.Equal(project["data/transactions.csv"], inputs.Data["transactions"]);
        Assert.Equal(Path.Combine(project.Path, "data", "images") + Path.DirectorySeparatorChar, inputs.Data["pictures"]);
        Assert.Equal("0.05", inputs.Parameters["learning_rate"]);
        Assert.Equal("python3", inputs.Command.Program);
        Assert.Equal(["train.py"], inputs.Command.Arguments);
    }

    [Fact]
    public void Seed_defaults_to_zero() => Assert.Equal(0, TrainingInputs.Resolve(Request(seed: null), new RecordingLog())!.Seed);

    [Fact]
    public void The_project_executable_is_the_trainer_when_there_is_no_command()
    {
        var inputs = TrainingInputs.Resolve(Request(command: null, assembly: "/repo/bin/Model.dll"), new RecordingLog())!;

        Assert.Equal("dotnet", inputs.Command.Program);
        Assert.Equal(["exec", "/repo/bin/Model.dll"], inputs.Command.Arguments);
    }

    [Fact]
    public void A_missing_data_file_is_REPRO0001_naming_the_item_and_the_path()
    {
        var log = new RecordingLog();

        Assert.Null(TrainingInputs.Resolve(Request(data: [new("data/missing.csv")]), log));

        var error = Assert.Single(log.Errors);
        Assert.Equal("REPRO0001", error.Code);
        Assert.Contains("'data/missing.csv'", error.Message, StringComparison.Ordinal);
        Assert.Contains(project["data/missing.csv"], error.Message, StringComparison.Ordinal);
        Assert.Equal(project["Model.csproj"], error.File);
    }

    [Fact]
    public void A_parameter_without_a_value_is_REPRO0002()
    {
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(parameters: [new("depth", "")]), log);

        Assert.Equal(["REPRO0002"], log.ErrorCodes);
        Assert.Contains("<Hyperparameter Include=\"depth\" Value=\"...\" />", log.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forty-two")]
    [InlineData("4.2")]
    [InlineData("99999999999")]
    public void A_seed_that_is_not_an_integer_is_REPRO0003(string seed)
    {
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(seed: seed), log);

        Assert.Equal(["REPRO0003"], log.ErrorCodes);
        Assert.Contains($"'{seed}'", log.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_items_of_one_name_are_REPRO0008()
    {
        project.Write("a/data.csv", "");
        project.Write("b/data.csv", "");
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(data: [new("a/data.csv"), new("b/data.csv")], parameters: [new("x", "1"), new("x", "2")]), log);

        Assert.Equal(["REPRO0008", "REPRO0008"], log.ErrorCodes);
    }

    [Fact]
    public void No_command_and_no_executable_is_REPRO0009()
    {
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(command: null), log);

        Assert.Equal(["REPRO0009"], log.ErrorCodes);
    }

    [Fact]
    public void An_unclosed_quote_in_the_command_is_REPRO0010()
    {
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(command: "python3 'train.py"), log);

        Assert.Equal(["REPRO0010"], log.ErrorCodes);
    }

    [Fact]
    public void Every_bad_input_is_reported_at_once()
    {
        var log = new RecordingLog();

        TrainingInputs.Resolve(Request(data: [new("nope.csv")], parameters: [new("depth", null)], seed: "x", command: "'"), log);

        Assert.Equal(["REPRO0001", "REPRO0002", "REPRO0003", "REPRO0010"], log.ErrorCodes);
    }
}
