using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Reproducible.Tracking.Search;
using Reproducible.Tracking.Tests.Search;

namespace Reproducible.Tracking.Benchmarks;

/// <summary>A store file created and migrated by the store itself, filled in bulk, and searched through the store.</summary>
static class SqliteBenchmark
{
    const double TargetMilliseconds = 50;

    public static List<Result> Run(int runs)
    {
        var folder = Directory.CreateTempSubdirectory("repro-search-benchmark-");
        try
        {
            var path = Path.Combine(folder.FullName, "runs.db");
            RunStore.Open(path).Dispose();
            Load(path, runs);
            using var store = RunStore.Open(path);
            var results = SearchCase.All
                .Select(search => new Result("SQLite", search, Timing.Of(() => Search(store, search)), search.HasTarget ? TargetMilliseconds : null))
                .ToList();
            using var connection = Open(path);
            Report.Section("SQLite: indexes", Indexes(connection));
            Report.Section($"SQLite: EXPLAIN QUERY PLAN of {SearchCase.All[0].Described}", Plan(connection, SearchCase.All[0]));
            return results;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    static int Search(IRunStore store, SearchCase search) =>
        store.Search(SearchSql.Translate(search.Filter, search.OrderBy, SqlDialect.Sqlite), search.Max).Count;

    static void Load(string path, int runs)
    {
        var watch = Stopwatch.StartNew();
        using var connection = Open(path);
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }

        RunWriter.Write(connection, SearchDataSet.Runs(runs));
        Console.Error.WriteLine($"[sqlite] loaded {runs:N0} runs in {watch.Elapsed.TotalSeconds:F1} s");
    }

    static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    // A WITHOUT ROWID table is its primary key's index; the other primary keys and UNIQUE constraints have automatic indexes.
    static IEnumerable<string> Indexes(SqliteConnection connection) =>
        Rows(connection, "SELECT tbl_name || ': ' || coalesce(sql, name) FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name, name")
            .Concat(Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%' ORDER BY name")
                .Select(table => $"{table}: WITHOUT ROWID, clustered on {PrimaryKey(connection, table)}"));

    static string PrimaryKey(SqliteConnection connection, string table) =>
        $"({string.Join(", ", Rows(connection, $"SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"))})";

    static IEnumerable<string> Plan(SqliteConnection connection, SearchCase search)
    {
        var query = SearchSql.Translate(search.Filter, search.OrderBy, SqlDialect.Sqlite);
        using var command = (SqliteCommand)SearchCommand.Create(connection, query, search.Max);
        var sql = command.CommandText;
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        using var reader = command.ExecuteReader();
        var depth = new Dictionary<long, int> { [0] = 0 };
        var lines = new List<string> { sql, "" };
        while (reader.Read())
        {
            var level = depth[reader.GetInt64(0)] = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            lines.Add($"{new string(' ', 2 * level)}{reader.GetString(3)}");
        }

        return lines;
    }

    static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
