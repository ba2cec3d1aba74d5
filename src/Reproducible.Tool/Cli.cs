using System.CommandLine;

namespace Reproducible.Tool;

static class Cli
{
    public static RootCommand Create() =>
        new("Inspect the models, metrics and runs that Reproducible builds produce.")
        {
            MetricsCommand.Create(),
        };
}
