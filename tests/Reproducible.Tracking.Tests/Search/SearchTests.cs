namespace Reproducible.Tracking.Tests.Search;

/// <summary>What searches find, the same on both databases.</summary>
public abstract class SearchTests(Func<SearchRun[], SearchDatabase> create) : IDisposable
{
    readonly SearchDatabase database = create([
        new SearchRun("a")
        {
            Experiment = "fraud",
            Name = "sweep-1",
            StartTime = 1,
            EndTime = 10,
            Params = { ["depth"] = "10", ["model"] = "forest", ["optimizer"] = "adam" },
            Metrics = { ["f1"] = 0.95, ["roc auc"] = 0.97 },
            Tags = { ["user"] = "Ann", ["git.branch"] = "main" },
        },
        new SearchRun("b")
        {
            Experiment = "fraud",
            Name = "sweep-2",
            Status = "failed",
            StartTime = 2,
            Params = { ["depth"] = "5", ["model"] = "boosting", ["optimizer"] = "sgd" },
            Metrics = { ["f1"] = 0.80, ["roc auc"] = 0.99 },
            Tags = { ["user"] = "annie", ["git.branch"] = "feature/x" },
        },
        new SearchRun("c")
        {
            Experiment = "churn",
            Name = "baseline",
            StartTime = 3,
            Source = "restored",
            ParentRunId = "a",
            Params = { ["depth"] = "10", ["model"] = "linear" },
            Metrics = { ["f1"] = double.NaN },
            Tags = { ["user"] = "bob", ["note"] = "50% off_peak" },
        },
        new SearchRun("d")
        {
            Experiment = "churn",
            Name = "Sweep-3",
            StartTime = 4,
            Params = { ["depth"] = "1" },
            Metrics = { ["f1"] = 0.91 },
            Tags = { ["user"] = "ANN", ["note"] = "50 percent" },
        }]);

    [Theory]
    [InlineData("metrics.f1 > 0.9 and params.depth = '10'", "a")]
    [InlineData("metrics.f1 >= 0.8", "d b a")]
    [InlineData("metrics.f1 != 0.8", "d a")]
    [InlineData("metrics.`roc auc` < 0.98", "a")]
    [InlineData("params.depth != '10'", "d b")]
    [InlineData("params.optimizer IN ('adam', 'sgd')", "b a")]
    [InlineData("params.optimizer NOT IN ('adam')", "b")]
    [InlineData("(params.model = 'forest' or params.model = 'boosting') and metrics.`roc auc` >= 0.95", "b a")]
    [InlineData("params.model = 'linear' or params.model = 'forest' and metrics.f1 < 0.5", "c")]
    [InlineData("tags.`git.branch` = 'main' and attributes.status = 'finished'", "a")]
    [InlineData("status = 'failed' OR run.source = 'restored'", "c b")]
    [InlineData("experiment = 'churn'", "d c")]
    [InlineData("experiment != 'churn'", "b a")]
    [InlineData("parent_run_id = 'a'", "c")]
    [InlineData("start_time > 1 and start_time <= 3", "c b")]
    [InlineData("end_time = 10", "a")]
    [InlineData("run_id IN ('b', 'd')", "d b")]
    [InlineData("", "d c b a")]
    [InlineData("metrics.f1 > 0.9 or status = 'failed'", "d b a")]
    [InlineData("metrics.f1 > 0.85 and metrics.f1 < 0.93", "d")]
    [InlineData("metrics.f1 < 0.85 or metrics.f1 > 0.93", "b a")]
    [InlineData("params.model = 'forest' or params.model = 'linear'", "c a")]
    [InlineData("experiment = 'fraud' or params.depth = '1'", "d b a")]
    [InlineData("(metrics.f1 > 0.9 and params.depth = '1') or (tags.user = 'bob' and experiment = 'churn')", "d c")]
    [InlineData("(params.depth = '10' or params.depth = '5') and (tags.user = 'bob' or metrics.f1 > 0.9)", "c a")]
    [InlineData("(params.depth = '10' and metrics.f1 > 0.9) or (params.depth = '10' and source = 'restored') or run_name = 'Sweep-3'", "d c a")]
    [InlineData("params.model != 'forest' and experiment = 'fraud'", "b")]
    [InlineData("metrics.f1 > 0.9 and metrics.`roc auc` > 0.9 and params.depth = '10' and tags.user = 'Ann' and status = 'finished'", "a")]
    public void Finds_the_runs_the_filter_describes(string filter, string runs) =>
        Assert.Equal(runs.Split(' '), database.Search(filter));

    [Theory]
    [InlineData("tags.user LIKE 'ann%'", "b")]
    [InlineData("tags.user LIKE 'Ann'", "a")]
    [InlineData("tags.user ILIKE 'ann%'", "d b a")]
    [InlineData("tags.user ILIKE 'a_n'", "d a")]
    [InlineData("run_name LIKE 'sweep-%'", "b a")]
    [InlineData("run_name ILIKE 'SWEEP-%'", "d b a")]
    public void LIKE_is_case_sensitive_and_ILIKE_is_not(string filter, string runs) =>
        Assert.Equal(runs.Split(' '), database.Search(filter));

    [Theory]
    [InlineData("tags.note LIKE '50\\%%'", "c")]
    [InlineData("tags.note ILIKE '50\\%%'", "c")]
    [InlineData("tags.note LIKE '50%'", "d c")]
    [InlineData("tags.note LIKE '%off\\_peak'", "c")]
    [InlineData("tags.note LIKE '%off_peak'", "c")]
    [InlineData("tags.note LIKE '50*'", "")]
    [InlineData("tags.note LIKE '50 perc[e]nt'", "")]
    public void Wildcards_are_literal_after_a_backslash_and_GLOB_characters_are_always_literal(string filter, string runs) =>
        Assert.Equal(runs.Split(' ', StringSplitOptions.RemoveEmptyEntries), database.Search(filter));

    [Theory]
    [InlineData("metrics.f1 DESC", "a d b c")]
    [InlineData("metrics.f1", "b d a c")]
    [InlineData("metrics.`roc auc` DESC", "b a d c")]
    [InlineData("params.model", "b a c d")]
    [InlineData("experiment, start_time", "c d a b")]
    [InlineData("tags.git.branch DESC", "a b d c")]
    public void Orders_with_runs_without_the_field_or_with_NaN_last_either_way(string orderBy, string runs) =>
        Assert.Equal(runs.Split(' '), database.Search("", orderBy));

    [Fact]
    public void A_NaN_metric_matches_no_comparison()
    {
        Assert.DoesNotContain("c", database.Search("metrics.f1 > -1e308"));
        Assert.DoesNotContain("c", database.Search("metrics.f1 != 0"));
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSearchTests() : SearchTests(SearchDatabase.Sqlite);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : SearchTests(runs => SearchDatabase.Postgres(server, runs));
