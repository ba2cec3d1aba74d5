using System.CommandLine;
using Reproducible.Tracking;

namespace Reproducible.Tool.Commands;

static class RunsListCommand
{
    public static Command Create()
    {
        var experiment = CommonOptions.Experiment("Only the runs of this experiment.");
        var max = CommonOptions.Max(100);
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var list = new Command("list", "List the latest runs, latest first.") { experiment, max, store, json };
        list.SetAction(result => StoreAccess.Use(result.GetValue(store), runs => List(runs, result.GetValue(experiment), result.GetValue(max), result.GetValue(json))));
        return list;
    }

    static int List(IRunStore store, string? experiment, int max, bool json)
    {
        var runs = store.ListRuns(experiment, max);
        if (json)
        {
            return JsonOutput.Write(JsonOutput.Array(runs.Select(RunJson.Info)));
        }

        var table = RunTable.New(["experiment", "source"]);
        foreach (var run in runs)
        {
            table.Run(run, [run.Experiment, run.Source]);
        }

        table.Show();
        return ExitCodes.Ok;
    }
}
