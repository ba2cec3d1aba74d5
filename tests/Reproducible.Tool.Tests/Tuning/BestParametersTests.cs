using System.Text;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Studies;
using Reproducible.Testing;
using Reproducible.Tool.Tuning;

namespace Reproducible.Tool.Tests.Tuning;

public sealed class BestParametersTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    TuningPlan Plan(params PlannedParameter[] parameters) => new(
        TuningPlan.CurrentSchemaVersion, folder["Model.csproj"], "Model", folder["obj"], "dotnet", "sh train.sh", null, null, null, [], parameters, []);

    [Fact]
    public void The_best_values_replace_the_items_values_and_nothing_else_in_the_file_changes()
    {
        var project = folder.Write("Model.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Tuned by dotnet repro tune -->
              <ItemGroup>
                <Hyperparameter Include="rate" Value="0.5" />
                <Hyperparameter Include='depth'>
                  <Value>3</Value>
                </Hyperparameter>
                <Hyperparameter Include="seed_offset" Value="7" />
              </ItemGroup>
            </Project>
            """);

        var changes = BestParameters.Apply(
            Plan(new PlannedParameter("rate", "0.5", project), new PlannedParameter("depth", "3", project), new PlannedParameter("seed_offset", "7", project)),
            new Dictionary<string, string> { ["rate"] = "0.123", ["depth"] = "8", ["optimizer"] = "adam" });

        Snapshot.Verify(File.ReadAllText(project), "xml");
        Assert.Equal([("rate", "0.5", "0.123"), ("depth", "3", "8"), ("optimizer", null, "adam")], changes.Select(change => (change.Name, change.Before, change.After)));
    }

    [Fact]
    public void An_item_in_an_imported_file_is_changed_where_it_is_declared_keeping_its_byte_order_mark()
    {
        var project = folder.Write("Model.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><Import Project=\"params.props\" /></Project>");
        var props = folder["params.props"];
        File.WriteAllText(props, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project>\n  <ItemGroup>\n    <Hyperparameter Include=\"rate\" Value=\"0.5\" />\n  </ItemGroup>\n</Project>\n", new UTF8Encoding(true));
        var projectBefore = File.ReadAllText(project);

        BestParameters.Apply(Plan(new PlannedParameter("rate", "0.5", props)), new Dictionary<string, string> { ["rate"] = "0.25" });

        Assert.Equal(projectBefore, File.ReadAllText(project));
        var bytes = File.ReadAllBytes(props);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project>\n  <ItemGroup>\n    <Hyperparameter Include=\"rate\" Value=\"0.25\" />\n  </ItemGroup>\n</Project>", Encoding.UTF8.GetString(bytes[3..]).TrimEnd('\n'));
    }

    [Fact]
    public void Line_endings_entities_and_attributes_over_several_lines_are_kept_byte_for_byte()
    {
        var before = "<Project>\r\n  <PropertyGroup><Copyright>&#169; Contoso</Copyright></PropertyGroup>\r\n  <Target Name=\"T\"><Exec Command=\"a\r\n b\" /></Target>\r\n  <ItemGroup>\r\n    <Hyperparameter\r\n        Include=\"rate\"\r\n        Value = 'it&apos;s 0.5' />\r\n  </ItemGroup>\r\n</Project>\r\n";
        var project = folder.Write("Model.csproj", before);

        BestParameters.Apply(Plan(new PlannedParameter("rate", "0.5", project)), new Dictionary<string, string> { ["rate"] = "0.25", ["depth"] = "4" });

        Assert.Equal(
            before.Replace("'it&apos;s 0.5'", "'0.25'", StringComparison.Ordinal),
            File.ReadAllText(project).Replace("  <ItemGroup>\r\n    <Hyperparameter Include=\"depth\" Value=\"4\" />\r\n  </ItemGroup>\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_outside_the_projects_folders_is_not_written_and_neither_is_any_other()
    {
        var project = folder.Write("Model/Model.csproj", "<Project><ItemGroup><Hyperparameter Include=\"rate\" Value=\"0.5\" /></ItemGroup></Project>");
        var package = folder.Write("packages/contoso.defaults/build/Contoso.Defaults.props", "<Project><ItemGroup><Hyperparameter Include=\"depth\" Value=\"3\" /></ItemGroup></Project>");
        var plan = Plan(new PlannedParameter("rate", "0.5", project), new PlannedParameter("depth", "3", package)) with { ProjectFile = project };

        var error = Assert.Throws<ReproException>(() => BestParameters.Apply(plan, new Dictionary<string, string> { ["rate"] = "0.25", ["depth"] = "4" })).Diagnostic;

        Assert.Equal("REPRO0097", error.Code);
        Assert.Contains("outside the project's folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("Value=\"0.5\"", File.ReadAllText(project), StringComparison.Ordinal);
        Assert.Contains("Value=\"3\"", File.ReadAllText(package), StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_whose_name_comes_from_a_property_cannot_be_written_and_the_file_is_left_alone()
    {
        var content = "<Project><ItemGroup><Hyperparameter Include=\"$(RateName)\" Value=\"0.5\" /></ItemGroup></Project>";
        var project = folder.Write("Model.csproj", content);

        var error = Assert.Throws<ReproException>(() => BestParameters.Apply(Plan(new PlannedParameter("rate", "0.5", project)), new Dictionary<string, string> { ["rate"] = "0.25" })).Diagnostic;

        Assert.Equal("REPRO0097", error.Code);
        Assert.Contains("'rate'", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(project));
    }
}
