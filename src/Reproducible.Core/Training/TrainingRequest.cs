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
}

public sealed record DataItem(string Include, string? Name = null);

public sealed record ParameterItem(string Name, string? Value);
