using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

/// <summary>No filter or ordering can change the SQL that runs: whatever the user writes arrives as a parameter.</summary>
public abstract class InjectionTests(Func<SearchRun[], SearchDatabase> create) : IDisposable
{
    static readonly string[] Hostile =
    [
        "a'; DROP TABLE runs; --",
        "x\" OR 1=1 --",
        "`; DELETE FROM params; --",
        "') OR ('1'='1",
        "%",
        "_",
        "\\",
        "*",
        "r.id",
        "@p0",
    ];

    readonly SearchDatabase database = create([
        new SearchRun("plain") { Params = { ["x"] = "safe" }, Metrics = { ["f1"] = 0.5 } },
        new SearchRun("hostile")
        {
            StartTime = 1,
            Params = { ["x"] = "a'; DROP TABLE runs; --", ["it's; DROP TABLE runs; --"] = "1", ["`back`"] = "2", ["name with ) and ;"] = "3" },
            Metrics = { ["f1; DELETE FROM runs"] = 0.7 },
            Tags = { ["note"] = "100% sure", ["\" OR 1=1 --"] = "4" },
        }]);

    static readonly string[] Filters = [.. HostileFilterList()];

    public static TheoryData<string> HostileFilters() => [.. Filters];

    static IEnumerable<string> HostileFilterList()
    {
        string[] filters =
        [
            "params.x = \"a'; DROP TABLE runs; --\"",
            "params.x = 'a\\'; DROP TABLE runs; --'",
            "params.`it's; DROP TABLE runs; --` = '1'",
            "params.```back``` = '2'",
            "params.`name with ) and ;` = '3'",
            "metrics.`f1; DELETE FROM runs` > 0.6",
            "tags.`\" OR 1=1 --` = '4'",
            "tags.note LIKE '100\\% %'",
            "params.x IN ('safe', 'x''); DROP TABLE runs; --')",
            "run_name LIKE '%''; DROP TABLE runs; --%'",
        ];
        return filters
            .Concat(Hostile.Select(value => $"params.x = '{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'"))
            .Concat(Hostile.Select(value => $"params.`{value.Replace("`", "``", StringComparison.Ordinal)}` LIKE '%'"));
    }

    [Theory]
    [MemberData(nameof(HostileFilters))]
    public void The_SQL_is_the_same_skeleton_whatever_the_names_and_values(string filter)
    {
        foreach (var dialect in new[] { SqlDialect.Sqlite, SqlDialect.Postgres })
        {
            var query = SearchSql.Translate(filter, "", dialect);
            var benign = SearchSql.Translate(Benign(filter), "", dialect);

            Assert.Equal(benign.Where, query.Where);
            Assert.DoesNotContain("DROP", query.Where, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DELETE", query.Where, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Hostile_values_are_found_as_plain_data_and_the_tables_survive()
    {
        Assert.Equal(["hostile"], database.Search("params.x = 'a''; DROP TABLE runs; --'"));
        Assert.Equal(["hostile"], database.Search("params.x = 'a\\'; DROP TABLE runs; --'"));
        Assert.Equal(["hostile"], database.Search("params.`it's; DROP TABLE runs; --` = '1'"));
        Assert.Equal(["hostile"], database.Search("params.```back``` = '2'"));
        Assert.Equal(["hostile"], database.Search("params.`name with ) and ;` = '3'"));
        Assert.Equal(["hostile"], database.Search("metrics.`f1; DELETE FROM runs` > 0.6"));
        Assert.Equal(["hostile"], database.Search("tags.`\" OR 1=1 --` = '4'"));
        Assert.Equal(["hostile"], database.Search("tags.note LIKE '100\\% %'"));
        Assert.Equal(["hostile", "plain"], database.Search("params.x IN ('safe', 'a''; DROP TABLE runs; --')"));
        Assert.Empty(database.Search("params.x = 'x'' OR ''1''=''1'"));
        Assert.Equal(["hostile", "plain"], database.Search("", "metrics.`f1; DELETE FROM runs` DESC, params.`it's; DROP TABLE runs; --`"));
        Assert.Equal(["hostile", "plain"], database.Search("").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_hostile_filter_runs_without_error_and_leaves_every_table_whole()
    {
        foreach (var filter in Filters)
        {
            database.Search(filter);
        }

        Assert.Equal((2, 5, 2), (database.Count("runs"), database.Count("params"), database.Count("latest_metrics")));
    }

    // The same filter with every quoted string and name replaced by a harmless one.
    static string Benign(string filter) =>
        System.Text.RegularExpressions.Regex.Replace(filter, """'(?:''|\\[\\']|[^'])*'|"(?:""|\\[\\"]|[^"])*"|`(?:``|[^`])*`""", match => match.Value[0] == '`' ? "`n`" : "'v'");

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteInjectionTests() : InjectionTests(SearchDatabase.Sqlite);

[Collection(PostgresCollection.Name)]
public sealed class PostgresInjectionTests(PostgresServer server) : InjectionTests(runs => SearchDatabase.Postgres(server, runs));
