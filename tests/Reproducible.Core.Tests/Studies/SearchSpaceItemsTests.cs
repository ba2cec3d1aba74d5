using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Studies;

public class SearchSpaceItemsTests
{
    const string Project = "/models/Fraud/Fraud.csproj";

    static SearchSpace Parse(params SearchSpaceItem[] items) => SearchSpaceItems.ToSearchSpace(items, Project);

    static Diagnostic Error(params SearchSpaceItem[] items) => Assert.Throws<ReproException>(() => Parse(items)).Diagnostic;

    [Fact]
    public void Each_form_of_item_becomes_its_parameter()
    {
        var space = Parse(
            new("rate", Low: "1e-4", High: "0.5", Log: "true"),
            new("dropout", Low: "0", High: "0.5"),
            new("epochs", Type: "int", Low: "50", High: "500", Step: "50"),
            new("width", Type: "Int", Low: "8", High: "1024", Log: "True"),
            new("optimizer", Choices: "adam; sgd ;rmsprop"));

        Assert.Equal(new FloatParameter("rate", 1e-4, 0.5, log: true), space.Parameters[0]);
        Assert.Equal(new FloatParameter("dropout", 0, 0.5), space.Parameters[1]);
        Assert.Equal(new IntParameter("epochs", 50, 500, step: 50), space.Parameters[2]);
        Assert.Equal(new IntParameter("width", 8, 1024, log: true), space.Parameters[3]);
        Assert.Equal(["adam", "sgd", "rmsprop"], ((CategoricalParameter)space.Parameters[4]).Choices);
    }

    [Theory]
    [InlineData(null, "0.5", "0.1", null, null, null, "The SearchSpace item 'p' is invalid: low (0.5) must be less than high (0.1).")]
    [InlineData(null, "abc", "1", null, null, null, "The SearchSpace item 'p' is invalid: Low 'abc' is not a number.")]
    [InlineData(null, null, "1", null, null, null, "The SearchSpace item 'p' is invalid: it has no Low.")]
    [InlineData(null, "0", "1", null, "yes", null, "The SearchSpace item 'p' is invalid: Log 'yes' is not true or false.")]
    [InlineData(null, "0", "1", null, "true", null, "The SearchSpace item 'p' is invalid: a log scale needs low > 0, not 0.")]
    [InlineData(null, "0", "1", "0.1", null, null, "The SearchSpace item 'p' is invalid: a float takes no Step; use Type=\"int\" for a stepped integer.")]
    [InlineData("int", "0", "10", "3", null, null, "The SearchSpace item 'p' is invalid: step 3 does not divide the range 0..10.")]
    [InlineData("int", "0.5", "10", null, null, null, "The SearchSpace item 'p' is invalid: Low '0.5' is not a whole number.")]
    [InlineData("double", "0", "1", null, null, null, "The SearchSpace item 'p' is invalid: Type 'double' is not one of float, int and categorical.")]
    [InlineData("categorical", null, null, null, null, " ; ", "The SearchSpace item 'p' is invalid: it has no Choices; list them as Choices=\"a;b;c\".")]
    [InlineData(null, "0", null, null, null, "a;b", "The SearchSpace item 'p' is invalid: a categorical parameter takes Choices only, not Low, High, Step or Log.")]
    [InlineData(null, null, null, null, null, "a;b;a", "The SearchSpace item 'p' is invalid: Parameter 'p' lists a choice twice.")]
    public void A_bad_item_is_REPRO0090_naming_the_item_and_the_problem(string? type, string? low, string? high, string? step, string? log, string? choices, string message)
    {
        var error = Error(new SearchSpaceItem("p", type, low, high, step, log, choices));

        Assert.Equal("REPRO0090", error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(Project, error.File);
    }

    [Fact]
    public void No_items_is_REPRO0091_and_a_name_twice_is_REPRO0008()
    {
        Assert.Equal("REPRO0091", Error().Code);
        Assert.Equal("REPRO0008", Error(new("p", Low: "0", High: "1"), new("p", Low: "0", High: "2")).Code);
    }
}
