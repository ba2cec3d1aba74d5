using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reproducible.Tracking.Schema;
using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

/// <summary>A database with the store's own schema and the given runs, for running searches against.</summary>
public sealed class SearchDatabase : IDisposable
{
    SearchDatabase(DbConnection connection, SqlDialect dialect, IEnumerable<string> schema, SearchRun[] runs)
    {
        Connection = connection;
        Dialect = dialect;
        connection.Open();
        foreach (var sql in schema)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        RunWriter.Write(connection, runs);
    }

    public DbConnection Connection { get; }

    public SqlDialect Dialect { get; }

    public static SearchDatabase Sqlite(params SearchRun[] runs) =>
        new(new SqliteConnection("Data Source=:memory:"), SqlDialect.Sqlite, SqliteMigrations.All.Select(m => m.Sql), runs);

    public static SearchDatabase Postgres(PostgresServer server, params SearchRun[] runs) =>
        new(new NpgsqlConnection(server.NewDatabase()), SqlDialect.Postgres, PostgresMigrations.All.Select(m => m.Sql), runs);

    public List<string> Search(string filter, string orderBy = "", int max = 1000) =>
        SearchCommand.Run(Connection, SearchSql.Translate(filter, orderBy, Dialect), max);

    public long Count(string table)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Connection.Dispose();
}
