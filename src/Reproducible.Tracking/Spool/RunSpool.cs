using System.Text;
using System.Text.Json;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;

namespace Reproducible.Tracking.Spool;

/// <summary>A folder of runs that could not be recorded yet, one JSON file each, named by run id.</summary>
public sealed class RunSpool(string directory)
{
    // The store refused this run (a parent it lacks, say): the others may still go in.
    static readonly string StoreFailedCode = TrackingErrors.StoreFailed("", "").Code;

    public string Directory { get; } = Path.GetFullPath(directory);

    public IReadOnlyList<string> Files =>
        System.IO.Directory.Exists(Directory) ? [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)] : [];

    public string Add(RunRecord run)
    {
        RunValidation.Check(run.Info);
        var path = Path.Combine(Directory, run.Info.Id + ".json");
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(new SpooledRun(SpooledRun.CurrentVersion, run), SpoolJson.Default.SpooledRun));
        return path;
    }

    /// <summary>
    /// Records every spooled run in <paramref name="store"/>, and deletes each file once its run is there.
    /// A store failure stops the sync with a <see cref="ReproException"/>, leaving the rest spooled.
    /// </summary>
    public SyncResult Sync(IRunStore store)
    {
        var warnings = new List<Diagnostic>();
        var runs = new List<(string Path, RunRecord Run)>();
        foreach (var path in Files)
        {
            if (Read(path, out var failure) is { } run)
            {
                runs.Add((path, run));
            }
            else
            {
                warnings.Add(TrackingErrors.UnreadableSpoolFile(path, failure));
            }
        }

        int uploaded = 0, present = 0;
        // A tuning trial's parent starts before it, and must be in the store before it.
        foreach (var (path, run) in runs.OrderBy(spooled => spooled.Run.Info.StartTime))
        {
            try
            {
                if (store.RecordRun(run))
                {
                    uploaded++;
                }
                else
                {
                    present++;
                }

                File.Delete(path);
            }
            catch (ReproException e) when (e.Diagnostic.Code == StoreFailedCode)
            {
                warnings.Add(e.Diagnostic);
            }
        }

        return new SyncResult(uploaded, present, warnings);
    }

    static RunRecord? Read(string path, out string failure)
    {
        failure = "";
        try
        {
            var json = File.ReadAllBytes(path);
            // The version is read on its own first: a newer file may not fit this version's shape at all.
            var version = JsonSerializer.Deserialize(json, SpoolJson.Default.SpoolVersion)?.SchemaVersion;
            if (version is not SpooledRun.CurrentVersion)
            {
                failure = version > SpooledRun.CurrentVersion
                    ? $"it was written by a newer version of Reproducible (schema version {version})"
                    : "it has no known schema version";
                return null;
            }

            var run = JsonSerializer.Deserialize(json, SpoolJson.Default.SpooledRun)!.Run;
            RunValidation.Check(run.Info);
            return run;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            failure = e.Message.TrimEnd('.');
            return null;
        }
    }
}
