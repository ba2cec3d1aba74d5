using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

/// <summary>
/// A temporary folder with a run store seeded with <see cref="SampleRuns"/>, and the tool run against it:
/// REPRO_STORE and the data folder point into the folder, and times print in UTC.
/// </summary>
sealed class TrackedRepro : IDisposable
{
    static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "dotnet-repro.dll");

    public TrackedRepro(bool seeded = true)
    {
        if (seeded)
        {
            SampleRuns.Seed(Store);
        }
    }

    public TemporaryDirectory Folder { get; } = new("repro-tracking");

    public string Store => Folder["runs.db"];

    public ProcessResult Run(params string[] arguments) => RunIn(Folder.Path, arguments);

    public ProcessResult RunIn(string workingDirectory, params string[] arguments) =>
        Command.Run("dotnet", [Tool, .. arguments], workingDirectory, new Dictionary<string, string?>
        {
            ["REPRO_STORE"] = Store,
            ["XDG_DATA_HOME"] = Folder["data"],
            ["TZ"] = "UTC",
        });

    public void Dispose() => Folder.Dispose();
}
