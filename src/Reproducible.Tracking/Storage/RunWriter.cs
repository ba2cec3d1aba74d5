using System.Data.Common;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

/// <summary>The statements that write runs; the caller owns the transaction.</summary>
static class RunWriter
{
    public static long EnsureExperiment(Database database, DbTransaction transaction, string name)
    {
        database.Execute(transaction, "INSERT INTO experiments (name, created_at) VALUES (@name, @now) ON CONFLICT (name) DO NOTHING", ("@name", name), ("@now", UnixTime.Now));
        return Convert.ToInt64(database.Scalar(transaction, "SELECT id FROM experiments WHERE name = @name", ("@name", name)));
    }

    public static bool InsertRun(Database database, DbTransaction transaction, RunInfo run, long experimentId) =>
        database.Execute(
            transaction,
            """
            INSERT INTO runs (id, experiment_id, name, status, start_time, end_time, fingerprint, source, parent_run_id, error)
            VALUES (@id, @experiment, @name, @status, @start, @end, @fingerprint, @source, @parent, @error)
            ON CONFLICT (id) DO NOTHING
            """,
            ("@id", run.Id),
            ("@experiment", experimentId),
            ("@name", run.Name),
            ("@status", run.Status),
            ("@start", run.StartTime),
            ("@end", run.EndTime),
            ("@fingerprint", run.Fingerprint),
            ("@source", run.Source),
            ("@parent", run.ParentRunId),
            ("@error", run.Error)) == 1;

    public static void EnsureRun(Database database, DbTransaction transaction, string runId)
    {
        if (database.Scalar(transaction, "SELECT 1 FROM runs WHERE id = @id", ("@id", runId)) is null)
        {
            throw new ReproException(TrackingErrors.UnknownRun(runId, database.Description));
        }
    }

    public static void EndRun(Database database, DbTransaction transaction, string runId, string status, long endTime, string? error)
    {
        if (database.Execute(transaction, "UPDATE runs SET status = @status, end_time = @end, error = @error WHERE id = @id", ("@status", status), ("@end", endTime), ("@error", error), ("@id", runId)) == 0)
        {
            throw new ReproException(TrackingErrors.UnknownRun(runId, database.Description));
        }
    }

    public static void SetParams(Database database, DbTransaction transaction, string runId, IReadOnlyDictionary<string, string> parameters) =>
        Rows.Insert(database, transaction, "INSERT INTO params (run_id, key, value)", "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value", runId, [.. parameters], pair => [pair.Key, pair.Value]);

    public static void SetTags(Database database, DbTransaction transaction, string runId, IReadOnlyDictionary<string, string> tags) =>
        Rows.Insert(database, transaction, "INSERT INTO tags (run_id, key, value)", "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value", runId, [.. tags], pair => [pair.Key, pair.Value]);

    public static void SetArtifacts(Database database, DbTransaction transaction, string runId, IEnumerable<RunArtifact> artifacts) =>
        Rows.Insert(
            database,
            transaction,
            "INSERT INTO artifacts (run_id, path, size, digest)",
            "ON CONFLICT (run_id, path) DO UPDATE SET size = excluded.size, digest = excluded.digest",
            runId,
            [.. artifacts.GroupBy(artifact => artifact.Path, StringComparer.Ordinal).Select(same => same.Last())],
            artifact => [artifact.Path, artifact.Size, artifact.Digest]);

    public static void LogMetrics(Database database, DbTransaction transaction, string runId, IReadOnlyList<MetricPoint> points)
    {
        Rows.Insert(database, transaction, "INSERT INTO metrics (run_id, key, value, step, timestamp)", "", runId, points, Columns);
        Rows.Insert(
            database,
            transaction,
            "INSERT INTO latest_metrics (run_id, key, value, step, timestamp)",
            """
            ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, step = excluded.step, timestamp = excluded.timestamp
            WHERE excluded.step > latest_metrics.step OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp)
            """,
            runId,
            LatestMetrics.Of(points),
            Columns);
    }

    // NaN is stored as NULL, so that no comparison matches it and it sorts with the runs that lack the metric,
    // alike in both stores (PostgreSQL would otherwise order NaN above every number).
    static object?[] Columns(MetricPoint point) => [point.Key, double.IsNaN(point.Value) ? null : point.Value, point.Step, point.Timestamp];
}
