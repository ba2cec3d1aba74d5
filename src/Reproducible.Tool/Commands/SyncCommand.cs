using System.CommandLine;
using System.Text.Json.Nodes;
using Reproducible.Tracking;
using Reproducible.Tracking.Spool;

namespace Reproducible.Tool.Commands;

static class SyncCommand
{
    public static Command Create()
    {
        var spool = new Option<string?>("--spool") { Description = "The folder of runs waiting to be uploaded (default: the user's spool).", HelpName = "DIR" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var sync = new Command("sync", "Upload the runs that were spooled because the run store could not be reached.") { spool, store, json };
        sync.SetAction(result => StoreAccess.Use(result.GetValue(store), runs =>
            Show(new RunSpool(result.GetValue(spool) ?? StoreLocation.DefaultSpool), runs, result.GetValue(json))));
        return sync;
    }

    static int Show(RunSpool spool, IRunStore store, bool json)
    {
        var result = spool.Sync(store);
        if (json)
        {
            return JsonOutput.Write(new JsonObject
            {
                ["uploaded"] = result.Uploaded,
                ["alreadyPresent"] = result.AlreadyPresent,
                ["warnings"] = JsonOutput.Array(result.Warnings.Select(warning => new JsonObject { ["code"] = warning.Code, ["message"] = warning.Message })),
            });
        }

        Console.Out.WriteLine($"Uploaded {Runs(result.Uploaded)} from {spool.Directory} to {store.Description}; {Runs(result.AlreadyPresent)} already there.");
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"warning {warning}");
        }

        return ExitCodes.Ok;
    }

    static string Runs(int count) => count == 1 ? "1 run" : $"{count} runs";
}
