using System.CommandLine;
using System.Text.Json.Nodes;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;

namespace Reproducible.Tool.Commands;

static class MetricsDiffCommand
{
    const string WorkingTree = "workspace";

    public static Command Create()
    {
        var reference = new Argument<string>("ref") { Description = "The git commit, branch or tag whose committed lock to compare with (default HEAD).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "HEAD" };
        var project = new Option<string?>("--project") { Description = "The model project's folder, where model.lock.json is (default: the current folder).", HelpName = "DIR" };
        var markdown = new Option<bool>("--md") { Description = "Print a Markdown table, for a pull request." };
        var json = CommonOptions.Json();
        var diff = new Command("diff", "Compare the metrics of the working tree's model.lock.json with those of the lock committed at a git ref.") { reference, project, markdown, json };
        diff.SetAction(result => Diff(result.GetValue(reference)!, LockFile(result.GetValue(project) ?? "."), result.GetValue(markdown), result.GetValue(json)));
        return diff;
    }

    static string LockFile(string project)
    {
        var full = Path.GetFullPath(project);
        return Path.Combine(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!, ModelLock.FileName);
    }

    static int Diff(string reference, string lockFile, bool markdown, bool json)
    {
        IReadOnlyList<MetricDifference> metrics;
        try
        {
            var current = ModelLock.ReadIfExists(lockFile) ?? throw new ReproException(Errors.UnreadableFile(lockFile, "it does not exist; build the model project first"));
            metrics = MetricDifference.Of(CommittedLock.Read(reference, lockFile).Outputs.Metrics, current.Outputs.Metrics);
        }
        catch (ReproException e)
        {
            return Failure.Report(e.Diagnostic);
        }

        string[] headers = ["metric", reference, WorkingTree, "delta"];
        var rows = metrics.Select(metric => (IReadOnlyList<string>)[metric.Key, Formats.Number(metric.A), Formats.Number(metric.B), Formats.Delta(metric.A, metric.B)]).ToList();
        if (json)
        {
            return JsonOutput.Write(new JsonObject { ["ref"] = reference, ["metrics"] = DiffJson.Metrics(metrics, "old", "new") });
        }

        if (markdown)
        {
            Console.Out.Write(MarkdownTable.Write(headers, rows));
            return ExitCodes.Ok;
        }

        var table = Tables.New(headers).RightAligned(1, 2, 3);
        foreach (var row in rows)
        {
            table.Row([.. row]);
        }

        table.Show();
        return ExitCodes.Ok;
    }
}
