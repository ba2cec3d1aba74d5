using System.CommandLine;

namespace Reproducible.Tool.Commands;

static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "The run store: a SQLite file, or a PostgreSQL connection string or URL. Default: REPRO_STORE, else the user's store.",
        HelpName = "LOCATION",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Option<int> Max(int defaultValue)
    {
        var max = new Option<int>("--max") { Description = "Show at most this many runs.", DefaultValueFactory = _ => defaultValue, HelpName = "N" };
        max.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max must be at least 1.");
            }
        });
        return max;
    }

    public static Option<string?> Experiment(string description) => new("--experiment") { Description = description, HelpName = "NAME" };
}
