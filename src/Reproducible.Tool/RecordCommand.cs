using System.CommandLine;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Runs;
using Reproducible.Tracking;

namespace Reproducible.Tool;

// What the build calls after each training or restore: the run goes to the store, or, when the
// store cannot be reached, to the spool, with a warning the build shows. It never fails a build.
static class RecordCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A run file a build wrote (obj/…/repro/runs/ID.json)." };
        var store = new Option<string?>("--store") { Description = "The run store: a SQLite file, or a PostgreSQL connection string or URL. Default: REPRO_STORE, else the user's store." };
        var spool = new Option<string?>("--spool") { Description = "Where a run waits when the store cannot be reached." };
        var command = new Command("record", "Record a build's run in the run store.") { file, store, spool };
        command.SetAction(result => Record(result.GetValue(file)!, result.GetValue(store), result.GetValue(spool)));
        return command;
    }

    static int Record(FileInfo file, string? store, string? spool)
    {
        BuildRun run;
        try
        {
            run = BuildRun.Parse(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"error {Errors.UnreadableFile(file.FullName, e.Message)}");
            return 1;
        }

        var warning = RunRecording.Save(ToRecord(run), store ?? StoreLocation.Default, spool ?? StoreLocation.DefaultSpool);
        if (warning is not null)
        {
            Console.WriteLine($"warning {warning.Code}: {warning.Message}");
        }

        return 0;
    }

    static RunRecord ToRecord(BuildRun run) => new(
        new RunInfo(run.Id, run.Experiment, run.Name, run.Status, run.StartTime, run.EndTime, run.Fingerprint, run.Source, null, run.Error),
        run.Parameters,
        run.Tags.Concat(RunTags.Of(run.ProjectDirectory)).GroupBy(tag => tag.Key).ToDictionary(group => group.Key, group => group.Last().Value),
        run.Metrics.Select(metric => new MetricPoint(metric.Key, metric.Value, metric.Timestamp, metric.Step)).ToArray(),
        run.Artifacts.Select(artifact => new RunArtifact(artifact.Path, artifact.Size, artifact.Digest)).ToArray());
}
