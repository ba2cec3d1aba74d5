using System.Text.Json.Nodes;
using Reproducible.Tracking;

namespace Reproducible.Tool.Commands;

static class RunJson
{
    public static JsonObject Info(RunInfo run) => new()
    {
        ["id"] = run.Id,
        ["experiment"] = run.Experiment,
        ["name"] = run.Name,
        ["status"] = run.Status,
        ["startTime"] = run.StartTime,
        ["endTime"] = run.EndTime,
        ["fingerprint"] = run.Fingerprint,
        ["source"] = run.Source,
        ["parentRunId"] = run.ParentRunId,
        ["error"] = run.Error,
    };

    public static JsonObject Details(RunDetails run)
    {
        var json = Info(run.Info);
        json["params"] = JsonOutput.Map(run.Params);
        json["metrics"] = new JsonObject(run.Metrics.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)Point(pair.Value))));
        json["tags"] = JsonOutput.Map(run.Tags);
        json["artifacts"] = JsonOutput.Array(run.Artifacts.Select(Artifact));
        return json;
    }

    public static JsonObject Point(MetricPoint point) => new()
    {
        ["value"] = JsonOutput.Number(point.Value),
        ["step"] = point.Step,
        ["timestamp"] = point.Timestamp,
    };

    static JsonObject Artifact(RunArtifact artifact) => new()
    {
        ["path"] = artifact.Path,
        ["size"] = artifact.Size,
        ["digest"] = artifact.Digest,
    };
}
