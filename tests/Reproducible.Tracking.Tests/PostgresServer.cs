using Npgsql;
using Reproducible.Testing;

namespace Reproducible.Tracking.Tests;

/// <summary>
/// The PostgreSQL server the tests run against: REPRO_TEST_POSTGRES if set, else one that
/// build/postgres.sh starts for this test run and stops after it. Failing to start it fails the tests.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "REPRO_TEST_POSTGRES";

    readonly bool started;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        started = string.IsNullOrEmpty(given);
        ConnectionString = started ? Start() : given!;
    }

    public string ConnectionString { get; }

    /// <summary>A connection string to an empty schema of its own, so tests neither see nor wait for each other's tables.</summary>
    public string NewDatabase()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE SCHEMA {schema}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public void Dispose()
    {
        if (started)
        {
            NpgsqlConnection.ClearAllPools();
            Script("stop", new NpgsqlConnectionStringBuilder(ConnectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    static string Start() =>
        Script("start").Output.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("Host=", StringComparison.Ordinal));

    static ProcessResult Script(params string[] arguments) =>
        Command.Run(RepositoryRoot.Combine("build", "postgres.sh"), arguments, RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(10)).ShouldSucceed();
}
