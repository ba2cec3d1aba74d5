using Npgsql;
using NpgsqlTypes;
using Reproducible.Tracking.Tests.Search;

namespace Reproducible.Tracking.Benchmarks;

/// <summary>Fills the tables with binary COPY, one pass over the (repeatable) data set per table, parents before children.</summary>
static class PostgresCopy
{
    public static void Write(NpgsqlConnection connection, int runs)
    {
        var experiments = SearchDataSet.Experiments.ToDictionary(name => name, name => InsertExperiment(connection, name));
        Copy(connection, "runs (id, experiment_id, name, status, start_time, end_time, fingerprint, source, parent_run_id)", runs, (importer, run) =>
        {
            importer.StartRow();
            importer.Write(run.Id, NpgsqlDbType.Text);
            importer.Write(experiments[run.Experiment], NpgsqlDbType.Bigint);
            importer.Write(run.Name, NpgsqlDbType.Text);
            importer.Write(run.Status, NpgsqlDbType.Text);
            importer.Write(run.StartTime, NpgsqlDbType.Bigint);
            WriteNullable(importer, run.EndTime, NpgsqlDbType.Bigint);
            WriteNullable(importer, run.Fingerprint, NpgsqlDbType.Text);
            importer.Write(run.Source, NpgsqlDbType.Text);
            WriteNullable(importer, run.ParentRunId, NpgsqlDbType.Text);
        });
        Copy(connection, "params (run_id, key, value)", runs, (importer, run) => Pairs(importer, run.Id, run.Params));
        Copy(connection, "tags (run_id, key, value)", runs, (importer, run) => Pairs(importer, run.Id, run.Tags));
        Copy(connection, "metrics (run_id, key, value, step, timestamp)", runs, (importer, run) => Metrics(importer, run));
        Copy(connection, "latest_metrics (run_id, key, value, step, timestamp)", runs, (importer, run) => Metrics(importer, run));
    }

    static long InsertExperiment(NpgsqlConnection connection, string name)
    {
        using var command = new NpgsqlCommand("INSERT INTO experiments (name, created_at) VALUES (@name, 0) RETURNING id", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)command.ExecuteScalar()!;
    }

    static void Copy(NpgsqlConnection connection, string table, int runs, Action<NpgsqlBinaryImporter, SearchRun> write)
    {
        using var importer = connection.BeginBinaryImport($"COPY {table} FROM STDIN (FORMAT BINARY)");
        foreach (var run in SearchDataSet.Runs(runs))
        {
            write(importer, run);
        }

        importer.Complete();
    }

    static void Pairs(NpgsqlBinaryImporter importer, string runId, Dictionary<string, string> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            importer.StartRow();
            importer.Write(runId, NpgsqlDbType.Text);
            importer.Write(key, NpgsqlDbType.Text);
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    static void Metrics(NpgsqlBinaryImporter importer, SearchRun run)
    {
        foreach (var (key, value) in run.Metrics)
        {
            importer.StartRow();
            importer.Write(run.Id, NpgsqlDbType.Text);
            importer.Write(key, NpgsqlDbType.Text);
            WriteNullable(importer, RunWriter.Stored(value), NpgsqlDbType.Double);
            importer.Write(0L, NpgsqlDbType.Bigint);
            importer.Write(run.StartTime, NpgsqlDbType.Bigint);
        }
    }

    static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }
}
