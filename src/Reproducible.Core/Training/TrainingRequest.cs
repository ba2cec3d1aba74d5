using Reproducible.Core.Platform;

namespace Reproducible.Core.Training;

public sealed record TrainingRequest(
    string ProjectFile,
    IReadOnlyList<DataItem> Data,
    IReadOnlyList<ParameterItem> Parameters,
    string? Seed,
    string? TrainCommand,
    string? TrainerAssembly,
    string DotNetHost,
    string WorkDirectory,
    string ModelDirectory,
    string MetricsFile,
    string? PythonHelperDirectory = null)
{
    public string ProjectDirectory => Path.GetDirectoryName(Path.GetFullPath(ProjectFile))!;

    public IReadOnlyList<string> CodeFiles { get; init; } = [];

    public string? AssetsFile { get; init; }

    public string? SdkVersion { get; init; }

    public string? LockFile { get; init; }

    public bool LockedMode { get; init; }

    public bool VerifyDeterminism { get; init; }

    public string? CacheRoot { get; init; }

    public EnvironmentPolicy EnvironmentPolicy { get; init; }

    public Runs.RecordingOptions? Recording { get; init; }

    public string Experiment { get; init; } = "";

    public string StatCacheFile => Path.Combine(WorkDirectory, "hashes.cache");
}

public sealed record DataItem(string Include, string? Name = null);

public sealed record ParameterItem(string Name, string? Value);
