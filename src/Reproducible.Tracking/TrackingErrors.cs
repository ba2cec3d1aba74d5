using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking;

public static class TrackingErrors
{
    public static Diagnostic NotARunStore(string store, string reason) =>
        new("REPRO0030", $"'{store}' is not a Reproducible run store: {reason}. Set REPRO_STORE to another file, or move this one away; a new store is created on first use.", store);

    public static Diagnostic NewerStore(string store, int version, int supported) =>
        new("REPRO0031", $"The run store {store} has schema version {version}, but this version of Reproducible knows versions up to {supported}, so it leaves the store alone. Update the Reproducible.Tool package.");

    public static Diagnostic UnknownRun(string runId, string store) =>
        new("REPRO0032", $"There is no run '{runId}' in the run store {store}. 'dotnet repro runs list' lists the runs there.");

    public static Diagnostic StoreUnreachable(string store, string reason) =>
        new("REPRO0033", $"The run store {store} cannot be reached: {reason}. Check REPRO_STORE, and that the server is up.");

    public static Diagnostic RunSpooled(string runId, Diagnostic failure, string spool) =>
        new("REPRO0034", $"The run {runId} was saved in {spool}, to be uploaded by 'dotnet repro sync', because it could not be recorded: {failure}");

    public static Diagnostic StoreFailed(string store, string reason) =>
        new("REPRO0035", $"The run store {store} failed: {reason}. Nothing of the operation was written.");

    public static Diagnostic UnreadableSpoolFile(string path, string reason) =>
        new("REPRO0036", $"The spooled run '{path}' cannot be read ({reason}); it was left where it is. Fix or delete it.", path);

    public static Diagnostic UnknownExperiment(string name, string store) =>
        new("REPRO0037", $"There is no experiment '{name}' in the run store {store}. 'dotnet repro experiments list' lists the experiments there.");

    public static Diagnostic MalformedStoreLocation(string location, string reason) =>
        new("REPRO0038", $"The run store location '{location}' cannot be read: {reason}. Give a file path, a postgresql:// URL, or an Npgsql connection string (Host=…;Database=…).");
}
