using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Reproducible.Tool.Commands;

static class RunsDiffCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "The run to compare from (an id, or its first characters)." };
        var b = new Argument<string>("b") { Description = "The run to compare with it." };
        var all = new Option<bool>("--all") { Description = "Show every attribute, parameter, tag and artifact, not only those that differ." };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var diff = new Command("diff", "Compare two runs: parameters, metrics with their deltas (B - A), tags and artifacts.") { a, b, all, store, json };
        diff.SetAction(result => StoreAccess.Use(result.GetValue(store), runs =>
            Show(RunDiff.Of(RunIds.Get(runs, result.GetValue(a)!), RunIds.Get(runs, result.GetValue(b)!), result.GetValue(all)), result.GetValue(json))));
        return diff;
    }

    static int Show(RunDiff diff, bool json) => json ? JsonOutput.Write(Json(diff)) : Print(diff);

    static int Print(RunDiff diff)
    {
        var (a, b) = (Formats.ShortId(diff.A.Id), Formats.ShortId(diff.B.Id));
        Console.Out.WriteLine($"A: {diff.A.Id} {diff.A.Name}");
        Console.Out.WriteLine($"B: {diff.B.Id} {diff.B.Name}");
        Differences(diff.Attributes, "attribute", a, b).Show("Attributes");
        Differences(diff.Params, "parameter", a, b).Show("Parameters");
        var metrics = Tables.New("metric", a, b, "delta").RightAligned(1, 2, 3);
        foreach (var metric in diff.Metrics)
        {
            metrics.Row(metric.Key, Formats.Number(metric.A), Formats.Number(metric.B), Formats.Delta(metric.A, metric.B));
        }

        metrics.Show("Metrics");
        Differences(diff.Tags, "tag", a, b).Show("Tags");
        Differences(diff.Artifacts, "artifact", a, b).Show("Artifacts");
        return ExitCodes.Ok;
    }

    static Table Differences(IEnumerable<Difference> differences, string header, string a, string b)
    {
        var table = Tables.New(header, a, b);
        foreach (var difference in differences)
        {
            table.Row(difference.Key, Formats.Text(difference.A), Formats.Text(difference.B));
        }

        return table;
    }

    static JsonObject Json(RunDiff diff) => new()
    {
        ["a"] = RunJson.Info(diff.A),
        ["b"] = RunJson.Info(diff.B),
        ["attributes"] = Json(diff.Attributes),
        ["params"] = Json(diff.Params),
        ["metrics"] = DiffJson.Metrics(diff.Metrics),
        ["tags"] = Json(diff.Tags),
        ["artifacts"] = Json(diff.Artifacts),
    };

    static JsonArray Json(IEnumerable<Difference> differences) =>
        JsonOutput.Array(differences.Select(difference => new JsonObject { ["key"] = difference.Key, ["a"] = difference.A, ["b"] = difference.B }));
}
