using Reproducible.Core.Studies;
using Reproducible.Core.Training;

namespace Reproducible.Core.Tests.Studies;

public class TuningPlanTests
{
    static readonly TuningPlan Plan = new(
        TuningPlan.CurrentSchemaVersion, "/models/Fraud/Fraud.csproj", "Contoso.Fraud", "/models/Fraud/obj/repro/", "/usr/bin/dotnet",
        null, "/models/Fraud/bin/Fraud.dll", null, "42",
        [new DataItem("../data/transactions.csv")],
        [new PlannedParameter("rate", "0.5", "/models/Fraud/Fraud.csproj")],
        [new SearchSpaceItem("rate", Low: "0.01", High: "1", Log: "true")])
    {
        Metric = "f1",
        Direction = "maximize",
    };

    [Fact]
    public void A_plan_reads_back_as_it_was_written()
    {
        var read = TuningPlan.Parse(Plan.ToJson());

        Assert.Equal(Plan.ToJson(), read.ToJson());
        Assert.Equal("Fraud", read.ProjectName);
        Assert.Equal("f1", read.Metric);
    }

    [Theory]
    [InlineData("", "it is not a tuning plan")]
    [InlineData("null", "it is empty")]
    [InlineData("""{"schemaVersion": 2}""", "schema version 2")]
    [InlineData("""{"schemaVersion": 1, "projectFile": "Fraud.csproj", "workDirectory": "/obj"}""", "full paths")]
    [InlineData("""{"schemaVersion": 1, "projectFile": "/Fraud.csproj", "workDirectory": "/obj"}""", "lacks")]
    [InlineData("""{"schemaVersion": 1, "data": 3}""", "it is not a tuning plan")]
    public void A_plan_that_is_not_one_is_refused_with_the_reason(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => TuningPlan.Parse(json)).Message, StringComparison.Ordinal);
}
