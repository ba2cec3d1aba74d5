using System.CommandLine;
using System.Globalization;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Metrics;

namespace Reproducible.Tool;

static class MetricsCommand
{
    public static Command Create()
    {
        var path = new Argument<FileInfo>("path") { Description = "A metrics.json that a build wrote (bin/<configuration>/<framework>/metrics.json)." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON." };
        var show = new Command("show", "Show a build's final metric values.") { path, json };
        show.SetAction(result => Show(result.GetValue(path)!, result.GetValue(json)));
        return new Command("metrics", "Read the metrics a build reported.") { show };
    }

    static int Show(FileInfo path, bool json)
    {
        MetricSet metrics;
        try
        {
            metrics = MetricSet.Parse(File.ReadAllText(path.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"error {Errors.UnreadableFile(path.FullName, e.Message)}");
            return 1;
        }

        if (json)
        {
            Console.Write(metrics.ToJson());
            return 0;
        }

        var width = metrics.Final.Keys.Append("metric").Max(name => name.Length);
        Console.WriteLine($"{"metric".PadRight(width)}  value");
        foreach (var (name, value) in metrics.Final)
        {
            Console.WriteLine($"{name.PadRight(width)}  {value.ToString("G6", CultureInfo.InvariantCulture)}");
        }

        return 0;
    }
}
