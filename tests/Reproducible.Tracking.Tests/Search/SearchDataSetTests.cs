using Reproducible.Testing;
using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class SearchDataSetTests
{
    [Fact]
    public void The_benchmark_search_returns_what_a_scan_of_the_data_set_does_through_the_store()
    {
        var runs = SearchDataSet.Runs(3000).ToList();
        using var folder = new TemporaryDirectory();
        var path = folder["runs.db"];
        RunStore.Open(path).Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            RunWriter.Write(connection, runs);
        }

        using var store = RunStore.Open(path);
        var query = SearchSql.Translate(SearchDataSet.Filter, SearchDataSet.OrderBy, SqlDialect.Sqlite);
        var expected = runs
            .Where(run => run.Metrics["f1"] > 0.9 && run.Params["depth"] == "10")
            .OrderByDescending(run => run.Metrics["f1"])
            .Select(run => run.Id)
            .ToList();

        Assert.InRange(expected.Count, 5, 40);
        Assert.Equal(expected.Take(SearchDataSet.Max), store.Search(query, SearchDataSet.Max).Select(run => run.Id));
        Assert.Equal(expected, store.Search(query, 1000).Select(run => run.Id));
    }
}
