using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Reproducible.Core.Diagnostics;
using Reproducible.Testing;

namespace Reproducible.Tracking.Tests;

public sealed class SqliteFileTests : IDisposable
{
    readonly TemporaryDirectory directory = new("repro-store");

    [Fact]
    public void The_store_and_its_folders_are_created_on_first_use_in_wal_mode()
    {
        var path = directory["deep/down/runs.db"];

        using (var store = RunStore.Open(path))
        {
            Assert.Equal(SqlDialect.Sqlite, store.Dialect);
            Assert.Equal(path, store.Description);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
    }

    [Fact]
    public void A_store_at_the_latest_version_is_not_written_when_opened()
    {
        var path = directory["runs.db"];
        var run = Runs.Finished();
        using (var store = RunStore.Open(path))
        {
            store.RecordRun(run);
        }

        var before = SHA256.HashData(File.ReadAllBytes(path));
        using (var store = RunStore.Open(path))
        {
            store.GetRun(run.Info.Id);
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_alone()
    {
        var path = directory.Write("runs.db", "these are my notes, not a database\n" + new string('x', 4096));

        var error = Assert.Throws<ReproException>(() => RunStore.Open(path)).Diagnostic;

        Assert.Equal("REPRO0030", error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("these are my notes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_application_s_database_is_refused()
    {
        var path = directory["other.db"];
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER)";
            create.ExecuteNonQuery();
        }

        var error = Assert.Throws<ReproException>(() => RunStore.Open(path)).Diagnostic;

        Assert.Equal("REPRO0030", error.Code);
        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_in_a_folder_that_cannot_be_created_is_unreachable()
    {
        var file = directory.Write("file", "");

        var error = Assert.Throws<ReproException>(() => RunStore.Open(Path.Combine(file, "runs.db"))).Diagnostic;

        Assert.Equal("REPRO0033", error.Code);
    }

    public void Dispose() => directory.Dispose();
}
