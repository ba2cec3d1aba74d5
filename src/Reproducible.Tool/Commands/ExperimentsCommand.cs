using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Reproducible.Tracking;

namespace Reproducible.Tool.Commands;

static class ExperimentsCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var list = new Command("list", "List the experiments in the run store, with their number of runs.") { store, json };
        list.SetAction(result => StoreAccess.Use(result.GetValue(store), runs => List(runs, result.GetValue(json))));
        return new Command("experiments", "The experiments that group runs.") { list };
    }

    static int List(IRunStore store, bool json)
    {
        var experiments = store.ListExperiments();
        if (json)
        {
            return JsonOutput.Write(JsonOutput.Array(experiments.Select(experiment => new JsonObject
            {
                ["id"] = experiment.Id,
                ["name"] = experiment.Name,
                ["createdAt"] = experiment.CreatedAt,
                ["runs"] = experiment.RunCount,
            })));
        }

        var table = Tables.New("experiment", "runs", "created").RightAligned(1);
        foreach (var experiment in experiments)
        {
            table.Row(experiment.Name, experiment.RunCount.ToString(CultureInfo.InvariantCulture), Formats.Time(experiment.CreatedAt));
        }

        table.Show();
        return ExitCodes.Ok;
    }
}
