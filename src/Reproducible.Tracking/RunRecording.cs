using Reproducible.Core.Diagnostics;
using Reproducible.Tracking.Spool;

namespace Reproducible.Tracking;

public static class RunRecording
{
    /// <summary>
    /// Records <paramref name="run"/> in the store at <paramref name="location"/>, or, if that fails, spools it;
    /// returns the warning to show when it was spooled. A run is never lost to a store that is down.
    /// </summary>
    public static Diagnostic? Save(RunRecord run, string location, string spoolDirectory)
    {
        try
        {
            using var store = RunStore.Open(location);
            store.RecordRun(run);
            return null;
        }
        catch (ReproException e)
        {
            var spool = new RunSpool(spoolDirectory);
            spool.Add(run);
            return TrackingErrors.RunSpooled(run.Info.Id, e.Diagnostic, spool.Directory);
        }
    }
}
