using Microsoft.Data.Sqlite;

namespace Reproducible.Tool.Tests.Tracking;

public sealed class StoreErrorTests : IDisposable
{
    readonly TrackedRepro repro = new(seeded: false);

    public void Dispose() => repro.Dispose();

    [Theory]
    [InlineData("experiments", "list")]
    [InlineData("runs", "list")]
    [InlineData("runs", "search", "--filter", "metrics.f1 > 0")]
    [InlineData("sync")]
    public void A_store_file_that_is_not_a_database_is_REPRO0030_and_left_alone(params string[] command)
    {
        const string Content = "these are my notes, not a database\n";
        var notes = repro.Folder.Write("notes.txt", Content);

        var output = repro.Run([.. command, "--store", notes]).ShouldExitWith(1).Output;

        Assert.StartsWith($"error REPRO0030: '{notes}' is not a Reproducible run store", output, StringComparison.Ordinal);
        Assert.Equal(Content, File.ReadAllText(notes));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_REPRO0031()
    {
        SampleRuns.Seed(repro.Store);
        using (var connection = new SqliteConnection($"Data Source={repro.Store};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE schema_version SET version = 99";
            update.ExecuteNonQuery();
        }

        Assert.Contains("error REPRO0031", repro.Run("runs", "list").ShouldExitWith(1).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_option_overrides_REPRO_STORE()
    {
        var other = repro.Folder["other.db"];
        SampleRuns.Seed(other);

        Assert.Contains(SampleRuns.Baseline[..12], repro.Run("runs", "list", "--store", other).ShouldSucceed().Output, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleRuns.Baseline[..12], repro.Run("runs", "list").ShouldSucceed().Output, StringComparison.Ordinal);
    }
}
