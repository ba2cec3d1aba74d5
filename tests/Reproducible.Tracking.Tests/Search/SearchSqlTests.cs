using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class SearchSqlTests
{
    [Fact]
    public void Translates_the_example_of_the_issue_with_every_name_and_value_a_parameter()
    {
        var query = SearchSql.Translate("metrics.f1 > 0.9 and params.depth = '10'", "metrics.f1 DESC", SqlDialect.Sqlite);

        Assert.Equal(
            "r.id IN (SELECT x.run_id FROM latest_metrics x WHERE x.key = @p0 AND x.value > @p1"
            + " INTERSECT SELECT x.run_id FROM params x WHERE x.key = @p2 AND x.value = @p3)",
            query.Where);
        Assert.Equal("(SELECT x.value FROM latest_metrics x WHERE x.run_id = r.id AND x.key = @p4) DESC NULLS LAST", query.OrderBy);
        Assert.Equal(["f1", 0.9, "depth", "10", "f1"], query.Parameters);
    }

    [Theory]
    [InlineData("status = 'finished'", "r.status = @p0")]
    [InlineData("attributes.run_id != 'abc'", "r.id <> @p0")]
    [InlineData("run_name LIKE 'sweep-%'", "r.name GLOB @p0")]
    [InlineData("attr.fingerprint ILIKE 'AB%'", "lower(r.fingerprint) LIKE lower(@p0) ESCAPE '\\'")]
    [InlineData("experiment IN ('a', 'b')", "e.name IN (@p0, @p1)")]
    [InlineData("source NOT IN ('restored')", "r.source NOT IN (@p0)")]
    [InlineData("parent_run_id = 'abc'", "r.parent_run_id = @p0")]
    [InlineData("start_time >= 1700000000000", "r.start_time >= @p0")]
    [InlineData("end_time < 5", "r.end_time < @p0")]
    public void Attributes_are_columns_of_the_run_or_of_its_experiment(string filter, string where) =>
        Assert.Equal(where, SearchSql.Translate(filter, "", SqlDialect.Sqlite).Where);

    [Fact]
    public void Times_compare_as_integers_when_the_bound_is_whole()
    {
        Assert.Equal<object?>([1700000000000L], SearchSql.Translate("start_time > 1.7e12", "", SqlDialect.Postgres).Parameters);
        Assert.Equal<object?>([1.5], SearchSql.Translate("start_time > 1.5", "", SqlDialect.Postgres).Parameters);
        Assert.Equal<object?>([1e300], SearchSql.Translate("start_time > 1e300", "", SqlDialect.Postgres).Parameters);
        Assert.Equal<object?>(["f1", 3.0], SearchSql.Translate("metrics.f1 > 3", "", SqlDialect.Postgres).Parameters);
    }

    [Theory]
    [InlineData(SqlDialect.Sqlite, "LIKE", "x.value GLOB @p1", "a*[*]b?%")]
    [InlineData(SqlDialect.Sqlite, "ILIKE", "lower(x.value) LIKE lower(@p1) ESCAPE '\\'", "a%*b_\\%")]
    [InlineData(SqlDialect.Postgres, "LIKE", "x.value LIKE @p1", "a%*b_\\%")]
    [InlineData(SqlDialect.Postgres, "ILIKE", "x.value ILIKE @p1", "a%*b_\\%")]
    public void Patterns_keep_one_meaning_on_both_databases(SqlDialect dialect, string comparator, string condition, string pattern)
    {
        var query = SearchSql.Translate($"tags.user {comparator} 'a%*b_\\%'", "", dialect);

        Assert.Equal($"r.id IN (SELECT x.run_id FROM tags x WHERE x.key = @p0 AND {condition})", query.Where);
        Assert.Equal(["user", pattern], query.Parameters);
    }

    [Theory]
    [InlineData(
        "(status = 'a' or status = 'b') and source = 'c'",
        "(r.status = @p0 OR r.status = @p1) AND r.source = @p2")]
    [InlineData(
        "metrics.f1 > 0.5 and metrics.f1 < 0.6 and params.depth != '3'",
        "r.id IN (SELECT x.run_id FROM latest_metrics x WHERE x.key = @p0 AND (x.value > @p1 AND x.value < @p2)"
        + " INTERSECT SELECT x.run_id FROM params x WHERE x.key = @p3 AND x.value <> @p4)")]
    [InlineData(
        "(params.model = 'forest' or params.model = 'boosting') and status = 'finished'",
        "r.status = @p0 AND r.id IN (SELECT x.run_id FROM params x WHERE x.key = @p1 AND (x.value = @p2 OR x.value = @p3))")]
    [InlineData(
        "metrics.f1 > 0.9 or tags.user = 'ann'",
        "r.id IN (SELECT x.run_id FROM latest_metrics x WHERE x.key = @p0 AND x.value > @p1 UNION ALL SELECT x.run_id FROM tags x WHERE x.key = @p2 AND x.value = @p3)")]
    [InlineData(
        "(metrics.f1 > 0.9 or experiment = 'churn') and params.depth = '1'",
        "r.id IN (SELECT s.run_id FROM (SELECT x.run_id FROM latest_metrics x WHERE x.key = @p0 AND x.value > @p1"
        + " UNION ALL SELECT y.id AS run_id FROM runs y JOIN experiments z ON z.id = y.experiment_id WHERE z.name = @p2) s"
        + " INTERSECT SELECT x.run_id FROM params x WHERE x.key = @p3 AND x.value = @p4)")]
    public void Conditions_on_one_row_combine_and_the_rest_become_sets_of_runs_that_keep_their_grouping(string filter, string where) =>
        Assert.Equal(where, SearchSql.Translate(filter, "", SqlDialect.Sqlite).Where);

    [Fact]
    public void No_filter_and_no_ordering_leave_both_clauses_empty_for_the_store() =>
        Assert.Equal(("", "", 0), Parts(SearchSql.Translate(" ", "", SqlDialect.Sqlite)));

    [Fact]
    public void Orders_text_by_code_point_on_PostgreSQL_as_SQLite_does() =>
        Assert.Equal(
            "(SELECT x.value FROM params x WHERE x.run_id = r.id AND x.key = @p0) COLLATE \"C\" DESC NULLS LAST, e.name COLLATE \"C\" ASC NULLS LAST, r.end_time DESC NULLS LAST",
            SearchSql.Translate("", "params.model DESC, experiment, end_time DESC", SqlDialect.Postgres).OrderBy);

    static (string, string, int) Parts(SqlQuery query) => (query.Where, query.OrderBy, query.Parameters.Count);
}
