using System.Globalization;
using System.Text.Json.Nodes;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Provenance;

// An in-toto Statement v1 whose predicate is SLSA provenance v1, written as canonical JSON so that
// the same build described twice gives the same bytes.
public static class ProvenanceStatement
{
    public const string StatementType = "https://in-toto.io/Statement/v1";
    public const string PredicateType = "https://slsa.dev/provenance/v1";
    public const string PayloadType = "application/vnd.in-toto+json";
    public const string BuildType = "https://reproducible.dev/build-types/model/v1";

    public static string Create(ModelLock modelLock, IEnumerable<Subject> modelFiles, string contentDigest, BuildRun run) =>
        CanonicalJson.Write(new JsonObject
        {
            ["_type"] = StatementType,
            ["predicate"] = new JsonObject
            {
                ["buildDefinition"] = BuildDefinition(modelLock, run),
                ["runDetails"] = RunDetails(run),
            },
            ["predicateType"] = PredicateType,
            ["subject"] = new JsonArray([.. modelFiles
                .OrderBy(file => file.Name, StringComparer.Ordinal)
                .Append(new Subject(Subject.PackageContent, contentDigest))
                .Select(subject => subject.ToJson())]),
        });

    static JsonObject BuildDefinition(ModelLock modelLock, BuildRun run) => new()
    {
        ["buildType"] = BuildType,
        ["externalParameters"] = new JsonObject
        {
            ["modelVersion"] = run.ModelVersion,
            ["parameters"] = new JsonObject(modelLock.Inputs.Parameters.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
            ["project"] = run.Project,
            ["seed"] = modelLock.Inputs.Seed,
            ["trainer"] = modelLock.Inputs.Trainer,
        },
        ["internalParameters"] = new JsonObject
        {
            ["environment"] = new JsonObject(modelLock.Inputs.Environment.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
            ["environmentPolicy"] = run.EnvironmentPolicy,
            ["fingerprint"] = modelLock.Fingerprint,
        },
        ["resolvedDependencies"] = ResolvedDependencies.From(modelLock.Inputs),
    };

    static JsonObject RunDetails(BuildRun run) => new()
    {
        ["builder"] = new JsonObject { ["id"] = run.BuilderId },
        ["metadata"] = new JsonObject
        {
            ["finishedOn"] = Timestamp(run.FinishedOn),
            ["invocationId"] = run.InvocationId,
            ["startedOn"] = Timestamp(run.StartedOn),
        },
    };

    static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
