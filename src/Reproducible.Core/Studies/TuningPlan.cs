using System.Text.Json;
using Reproducible.Core.Training;

namespace Reproducible.Core.Studies;

/// <summary>
/// What the Tune target hands <c>dotnet repro tune</c>: how the project trains, its parameters and its search space.
/// The build writes it; the tool treats it as input from outside and checks it.
/// </summary>
public sealed record TuningPlan(
    int SchemaVersion,
    string ProjectFile,
    string Experiment,
    string WorkDirectory,
    string DotNetHost,
    string? TrainCommand,
    string? TrainerAssembly,
    string? PythonHelperDirectory,
    string? Seed,
    IReadOnlyList<DataItem> Data,
    IReadOnlyList<PlannedParameter> Hyperparameters,
    IReadOnlyList<SearchSpaceItem> SearchSpace)
{
    public const int CurrentSchemaVersion = 1;

    public string? Store { get; init; }

    public string? Metric { get; init; }

    public string? Direction { get; init; }

    public string ProjectName => Path.GetFileNameWithoutExtension(ProjectFile);

    static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static TuningPlan Parse(string json)
    {
        TuningPlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize<TuningPlan>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not a tuning plan: {e.Message}", e);
        }

        return plan switch
        {
            null => throw new FormatException("it is empty"),
            { SchemaVersion: not CurrentSchemaVersion } => throw new FormatException($"it has schema version {plan.SchemaVersion}; this tool reads {CurrentSchemaVersion}"),
            _ when !Path.IsPathFullyQualified(plan.ProjectFile ?? "") || !Path.IsPathFullyQualified(plan.WorkDirectory ?? "") => throw new FormatException("its project file and work directory must be full paths"),
            _ when plan.Data is null || plan.Hyperparameters is null || plan.SearchSpace is null || string.IsNullOrEmpty(plan.DotNetHost) || string.IsNullOrEmpty(plan.Experiment) =>
                throw new FormatException("it lacks data, hyperparameters, a search space, the experiment or the dotnet host"),
            _ when plan.Data.Any(item => string.IsNullOrEmpty(item?.Include)) => throw new FormatException("a data item has no path"),
            _ when plan.Hyperparameters.Any(item => string.IsNullOrEmpty(item?.Name) || item.Value is null) => throw new FormatException("a hyperparameter has no name or no value"),
            _ when plan.SearchSpace.Any(item => string.IsNullOrEmpty(item?.Name)) => throw new FormatException("a search space item has no name"),
            _ => plan,
        };
    }
}
