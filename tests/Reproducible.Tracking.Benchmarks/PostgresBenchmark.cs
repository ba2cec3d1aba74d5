using System.Diagnostics;
using Npgsql;
using Reproducible.Tracking.Search;
using Reproducible.Tracking.Tests.Search;

namespace Reproducible.Tracking.Benchmarks;

/// <summary>A database of its own on the server, migrated by the store, filled by COPY, analysed, searched through the store, dropped.</summary>
static class PostgresBenchmark
{
    const double TargetMilliseconds = 100;

    public static List<Result> Run(int runs, string? connectionString)
    {
        using var server = new PostgresServer(connectionString);
        var name = $"repro_search_benchmark_{Guid.NewGuid():N}";
        Execute(server.ConnectionString, $"CREATE DATABASE {name}");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        try
        {
            RunStore.Open(database).Dispose();
            Load(database, runs);
            List<Result> results;
            using (var store = RunStore.Open(database))
            {
                results = [.. SearchCase.All.Select(search => new Result("PostgreSQL", search, Timing.Of(() => Search(store, search)), search.HasTarget ? TargetMilliseconds : null))];
            }

            using var connection = new NpgsqlConnection(database);
            connection.Open();
            Report.Section("PostgreSQL: indexes", Rows(connection, "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY tablename, indexname"));
            Report.Section($"PostgreSQL: EXPLAIN ANALYZE of {SearchCase.All[0].Described}", Plan(connection, SearchCase.All[0]));
            return results;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server.ConnectionString, $"DROP DATABASE IF EXISTS {name}");
        }
    }

    static int Search(IRunStore store, SearchCase search) =>
        store.Search(SearchSql.Translate(search.Filter, search.OrderBy, SqlDialect.Postgres), search.Max).Count;

    static void Load(string database, int runs)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        PostgresCopy.Write(connection, runs);
        // Fresh tables have no statistics until autovacuum gets to them; a long-lived store has them.
        using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        analyze.ExecuteNonQuery();
        Console.Error.WriteLine($"[postgres] loaded and analysed {runs:N0} runs in {watch.Elapsed.TotalSeconds:F1} s");
    }

    static List<string> Plan(NpgsqlConnection connection, SearchCase search)
    {
        var query = SearchSql.Translate(search.Filter, search.OrderBy, SqlDialect.Postgres);
        using var command = SearchCommand.Create(connection, query, search.Max);
        var sql = command.CommandText;
        command.CommandText = $"EXPLAIN (ANALYZE, BUFFERS) {sql}";
        using var reader = command.ExecuteReader();
        var lines = new List<string> { sql, "" };
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    static List<string> Rows(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
