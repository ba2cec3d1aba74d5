using System.CommandLine;
using System.Globalization;
using Reproducible.Tracking;
using Spectre.Console;

namespace Reproducible.Tool.Commands;

static class RunsShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The run's id, or the first characters of it (at least 4)." };
        var history = new Option<string?>("--history") { Description = "Print this metric's value at every step instead.", HelpName = "METRIC" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var show = new Command("show", "Show a run: its attributes, parameters, latest metrics, tags and artifacts.") { id, history, store, json };
        show.SetAction(result => StoreAccess.Use(result.GetValue(store), runs => result.GetValue(history) is { } metric
            ? History(runs, result.GetValue(id)!, metric, result.GetValue(json))
            : Show(RunIds.Get(runs, result.GetValue(id)!), result.GetValue(json))));
        return show;
    }

    static int Show(RunDetails run, bool json)
    {
        if (json)
        {
            return JsonOutput.Write(RunJson.Details(run));
        }

        var info = run.Info;
        Tables.New("attribute", "value")
            .Row("id", info.Id)
            .Row("experiment", info.Experiment)
            .Row("name", info.Name)
            .Row("status", info.Status)
            .Row("source", info.Source)
            .Row("start", Formats.Time(info.StartTime))
            .Row("end", Formats.Time(info.EndTime))
            .Row("fingerprint", Formats.Text(info.Fingerprint))
            .Row("parent", Formats.Text(info.ParentRunId))
            .Row("error", Formats.Text(info.Error))
            .Show();
        Pairs("parameter", run.Params).Show("Parameters");
        Metrics(run.Metrics.Values).Show("Metrics");
        Pairs("tag", run.Tags).Show("Tags");
        Artifacts(run.Artifacts).Show("Artifacts");
        return ExitCodes.Ok;
    }

    static int History(IRunStore store, string id, string metric, bool json)
    {
        var points = store.MetricHistory(RunIds.Resolve(store, id), metric);
        if (points.Count == 0)
        {
            Console.Error.WriteLine($"The run {id} reported no metric '{metric}'.");
        }

        if (json)
        {
            return JsonOutput.Write(JsonOutput.Array(points.Select(RunJson.Point)));
        }

        var table = Tables.New("step", metric, "time").RightAligned(0, 1);
        foreach (var point in points)
        {
            table.Row(point.Step.ToString(CultureInfo.InvariantCulture), Formats.Number(point.Value), Formats.Time(point.Timestamp));
        }

        table.Show();
        return ExitCodes.Ok;
    }

    static Table Pairs(string header, IReadOnlyDictionary<string, string> pairs)
    {
        var table = Tables.New(header, "value");
        foreach (var (key, value) in pairs)
        {
            table.Row(key, value);
        }

        return table;
    }

    static Table Metrics(IEnumerable<MetricPoint> metrics)
    {
        var table = Tables.New("metric", "value", "step").RightAligned(1, 2);
        foreach (var metric in metrics)
        {
            table.Row(metric.Key, Formats.Number(metric.Value), metric.Step.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    static Table Artifacts(IEnumerable<RunArtifact> artifacts)
    {
        var table = Tables.New("path", "size", "sha256").RightAligned(1);
        foreach (var artifact in artifacts)
        {
            table.Row(artifact.Path, artifact.Size.ToString(CultureInfo.InvariantCulture), artifact.Digest);
        }

        return table;
    }
}
