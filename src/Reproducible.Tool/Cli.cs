using System.CommandLine;
using Reproducible.Tool.Commands;

namespace Reproducible.Tool;

static class Cli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Inspect the models, metrics and runs that Reproducible builds produce.")
        {
            MetricsCommand.Create(),
            VerifyCommand.Create(),
            Tuning.TuneCommand.Create(),
        };
        TrackingCommands.AddTo(root);
        Runs(root).Subcommands.Add(RecordCommand.Create());
        return root;
    }

    static Command Runs(RootCommand root)
    {
        if (root.Subcommands.FirstOrDefault(command => command.Name == "runs") is { } runs)
        {
            return runs;
        }

        var created = new Command("runs", "Record, list, search and compare runs.");
        root.Subcommands.Add(created);
        return created;
    }
}
