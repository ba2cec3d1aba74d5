using Npgsql;
using Reproducible.Core.Diagnostics;
using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking.Tests;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgresql://db.example/runs", true)]
    [InlineData("postgres://ann@db.example/runs", true)]
    [InlineData("Host=db.example;Database=runs", true)]
    [InlineData("Port=5433; host = db;Database=runs", true)]
    [InlineData("/home/ann/.local/share/reproducible/runs.db", false)]
    [InlineData("C:\\Host=\\runs.db", false)]
    public void A_url_or_a_connection_string_is_postgresql_and_anything_else_a_file(string location, bool postgres) =>
        Assert.Equal(postgres, PostgresLocation.Matches(location));

    [Fact]
    public void A_url_becomes_a_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString("postgresql://ann:p%40ss@db.example:5433/runs?sslmode=require&application_name=repro"));

        Assert.Equal(("db.example", 5433, "runs", "ann", "p@ss", SslMode.Require, "repro"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode, builder.ApplicationName));
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString("postgresql://db/runs")).Port);
    }

    [Fact]
    public void The_description_names_the_server_and_never_the_password() =>
        Assert.Equal("PostgreSQL database 'runs' on db:5432", PostgresLocation.Describe("Host=db;Database=runs;Username=ann;Password=secret"));

    [Fact]
    public void A_malformed_location_is_an_error_that_hides_the_password()
    {
        var error = Assert.Throws<ReproException>(() => PostgresLocation.ToConnectionString("postgresql://ann:secret@db/runs?nonsense=1")).Diagnostic;

        Assert.Equal("REPRO0038", error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
