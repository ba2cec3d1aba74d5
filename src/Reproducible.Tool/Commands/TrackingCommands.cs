using System.CommandLine;

namespace Reproducible.Tool.Commands;

/// <summary>The commands that read the run store and compare metrics, added to the tool's root.</summary>
static class TrackingCommands
{
    public static void AddTo(RootCommand root)
    {
        Add(root, ExperimentsCommand.Create(), SyncCommand.Create());
        Add(Named(root, "runs", "Record, list, search and compare runs."), RunsListCommand.Create(), RunsShowCommand.Create(), RunsSearchCommand.Create(), RunsDiffCommand.Create());
        Add(Named(root, "metrics", "Read the metrics a build reported."), MetricsDiffCommand.Create());
    }

    static void Add(Command parent, params Command[] commands)
    {
        foreach (var command in commands)
        {
            parent.Subcommands.Add(command);
        }
    }

    // Other files add to the same commands (runs record, metrics show): whichever comes first creates them.
    static Command Named(RootCommand root, string name, string description)
    {
        if (root.Subcommands.FirstOrDefault(command => command.Name == name) is { } existing)
        {
            return existing;
        }

        var created = new Command(name, description);
        root.Subcommands.Add(created);
        return created;
    }
}
