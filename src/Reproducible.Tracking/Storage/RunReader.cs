using System.Data.Common;

namespace Reproducible.Tracking.Storage;

/// <summary>The queries that read runs back.</summary>
static class RunReader
{
    public const string Runs = """
        SELECT r.id, e.name, r.name, r.status, r.start_time, r.end_time, r.fingerprint, r.source, r.parent_run_id, r.error
        FROM runs r JOIN experiments e ON e.id = r.experiment_id
        """;

    public const string LatestFirst = "r.start_time DESC, r.id";

    public static RunInfo Run(DbDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        row.GetString(3),
        row.GetInt64(4),
        row.IsDBNull(5) ? null : row.GetInt64(5),
        NullableString(row, 6),
        row.GetString(7),
        NullableString(row, 8),
        NullableString(row, 9));

    public static MetricPoint Metric(DbDataReader row) =>
        new(row.GetString(0), row.IsDBNull(1) ? double.NaN : row.GetDouble(1), Step: row.GetInt64(2), Timestamp: row.GetInt64(3));

    public static KeyValuePair<string, string> Pair(DbDataReader row) => new(row.GetString(0), row.GetString(1));

    public static RunArtifact Artifact(DbDataReader row) => new(row.GetString(0), row.GetInt64(1), row.GetString(2));

    public static ExperimentInfo Experiment(DbDataReader row) => new(row.GetInt64(0), row.GetString(1), row.GetInt64(2), Convert.ToInt32(row.GetInt64(3)));

    static string? NullableString(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
