using System.Data.Common;

namespace Reproducible.Tracking.Tests.Search;

/// <summary>Inserts runs straight into the tables, in one transaction, with commands reused row after row.</summary>
public static class RunWriter
{
    public static void Write(DbConnection connection, IEnumerable<SearchRun> runs)
    {
        using var transaction = connection.BeginTransaction();
        var experiments = new Dictionary<string, long>();
        using var experiment = Command(connection, transaction, "INSERT INTO experiments (name, created_at) VALUES (@a, 0) RETURNING id", 1);
        using var run = Command(
            connection,
            transaction,
            "INSERT INTO runs (id, experiment_id, name, status, start_time, end_time, fingerprint, source, parent_run_id) VALUES (@a, @b, @c, @d, @e, @f, @g, @h, @i)",
            9);
        using var param = Command(connection, transaction, "INSERT INTO params (run_id, key, value) VALUES (@a, @b, @c)", 3);
        using var tag = Command(connection, transaction, "INSERT INTO tags (run_id, key, value) VALUES (@a, @b, @c)", 3);
        using var metric = Command(connection, transaction, "INSERT INTO metrics (run_id, key, value, step, timestamp) VALUES (@a, @b, @c, 0, @d)", 4);
        using var latest = Command(connection, transaction, "INSERT INTO latest_metrics (run_id, key, value, step, timestamp) VALUES (@a, @b, @c, 0, @d)", 4);
        foreach (var r in runs)
        {
            if (!experiments.TryGetValue(r.Experiment, out var experimentId))
            {
                experimentId = experiments[r.Experiment] = Convert.ToInt64(Execute(experiment, scalar: true, r.Experiment), System.Globalization.CultureInfo.InvariantCulture);
            }

            Execute(run, scalar: false, r.Id, experimentId, r.Name, r.Status, r.StartTime, r.EndTime, r.Fingerprint, r.Source, r.ParentRunId);
            foreach (var (key, value) in r.Params)
            {
                Execute(param, scalar: false, r.Id, key, value);
            }

            foreach (var (key, value) in r.Tags)
            {
                Execute(tag, scalar: false, r.Id, key, value);
            }

            foreach (var (key, value) in r.Metrics)
            {
                Execute(metric, scalar: false, r.Id, key, Stored(value), r.StartTime);
                Execute(latest, scalar: false, r.Id, key, Stored(value), r.StartTime);
            }
        }

        transaction.Commit();
    }

    // As the store does: Microsoft.Data.Sqlite refuses NaN, and NULL keeps it out of every comparison on both databases.
    public static double? Stored(double value) => double.IsNaN(value) ? null : value;

    static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@{(char)('a' + i)}";
            command.Parameters.Add(parameter);
        }

        return command;
    }

    static object? Execute(DbCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
