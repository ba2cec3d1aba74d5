using System.Text.Json;

namespace Reproducible.Core.Runs;

public sealed record BuildRunMetric(string Key, double Value, long Step, long Timestamp);

public sealed record BuildRunArtifact(string Path, long Size, string Digest);

// What a build hands the tool to record: the build stays free of database drivers, which load
// only in the tool's process.
public sealed record BuildRun(
    int SchemaVersion,
    string Id,
    string Experiment,
    string Name,
    string Status,
    string Source,
    long StartTime,
    long EndTime,
    string? Fingerprint,
    string? Error,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<BuildRunMetric> Metrics,
    IReadOnlyList<BuildRunArtifact> Artifacts,
    IReadOnlyDictionary<string, string> Tags,
    string ProjectDirectory)
{
    public const int CurrentSchemaVersion = 1;

    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static BuildRun Parse(string json)
    {
        try
        {
            var run = JsonSerializer.Deserialize<BuildRun>(json, Options) ?? throw new FormatException("it is empty");
            return run.SchemaVersion == CurrentSchemaVersion ? run : throw new FormatException($"it has schema version {run.SchemaVersion}; this tool reads {CurrentSchemaVersion}");
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not a build run file: {e.Message}", e);
        }
    }
}
