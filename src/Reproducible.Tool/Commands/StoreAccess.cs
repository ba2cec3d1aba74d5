using Reproducible.Core.Diagnostics;
using Reproducible.Tracking;

namespace Reproducible.Tool.Commands;

static class StoreAccess
{
    /// <summary>Runs <paramref name="action"/> on the store at <paramref name="location"/> (the default store when null); a store error is reported and exits 1.</summary>
    public static int Use(string? location, Func<IRunStore, int> action)
    {
        try
        {
            using var store = RunStore.Open(location ?? StoreLocation.Default);
            return action(store);
        }
        catch (ReproException e)
        {
            return Failure.Report(e.Diagnostic);
        }
    }
}
