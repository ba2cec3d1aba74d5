using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class FilterParserTests
{
    static readonly Field F1 = new(Entity.Metric, "f1");
    static readonly Field Depth = new(Entity.Param, "depth");

    [Fact]
    public void Parses_the_example_of_the_issue() =>
        Assert.Equal(
            new AndFilter(new NumberComparison(F1, Comparator.Greater, 0.9), new TextComparison(Depth, Comparator.Equal, "10")),
            FilterParser.Parse("metrics.f1 > 0.9 and params.depth = '10'"));

    [Fact]
    public void An_empty_or_blank_filter_matches_every_run()
    {
        Assert.Equal(Filter.AllRuns, FilterParser.Parse(""));
        Assert.Equal(Filter.AllRuns, FilterParser.Parse("  \t\n"));
    }

    [Theory]
    [InlineData("metrics.f1 = 1", Entity.Metric, "f1")]
    [InlineData("metric.f1 = 1", Entity.Metric, "f1")]
    [InlineData("METRICS.f1 = 1", Entity.Metric, "f1")]
    [InlineData("metrics.`roc auc` = 1", Entity.Metric, "roc auc")]
    [InlineData("metrics.`a``b` = 1", Entity.Metric, "a`b")]
    [InlineData("metrics.val-loss.epoch_2 = 1", Entity.Metric, "val-loss.epoch_2")]
    [InlineData("params.depth = 'x'", Entity.Param, "depth")]
    [InlineData("param.depth = 'x'", Entity.Param, "depth")]
    [InlineData("tags.git.branch = 'x'", Entity.Tag, "git.branch")]
    [InlineData("tag.`git.branch` = 'x'", Entity.Tag, "git.branch")]
    [InlineData("attributes.status = 'x'", Entity.Attribute, "status")]
    [InlineData("attribute.status = 'x'", Entity.Attribute, "status")]
    [InlineData("attr.status = 'x'", Entity.Attribute, "status")]
    [InlineData("run.status = 'x'", Entity.Attribute, "status")]
    [InlineData("status = 'x'", Entity.Attribute, "status")]
    [InlineData("Status = 'x'", Entity.Attribute, "status")]
    [InlineData("`status` = 'x'", Entity.Attribute, "status")]
    [InlineData("attributes.`run_name` = 'x'", Entity.Attribute, "run_name")]
    [InlineData("start_time > 5", Entity.Attribute, "start_time")]
    public void Reads_entities_with_either_prefix_and_names_bare_or_back_quoted(string filter, Entity entity, string name) =>
        Assert.Equal(new Field(entity, name), Field(FilterParser.Parse(filter)));

    [Theory]
    [InlineData("=", Comparator.Equal)]
    [InlineData("!=", Comparator.NotEqual)]
    [InlineData("<", Comparator.Less)]
    [InlineData("<=", Comparator.LessOrEqual)]
    [InlineData(">", Comparator.Greater)]
    [InlineData(">=", Comparator.GreaterOrEqual)]
    public void Numbers_take_the_six_comparators(string symbol, Comparator comparator) =>
        Assert.Equal(new NumberComparison(F1, comparator, 0.5), FilterParser.Parse($"metrics.f1{symbol}0.5"));

    [Theory]
    [InlineData("=", Comparator.Equal)]
    [InlineData("!=", Comparator.NotEqual)]
    [InlineData("LIKE", Comparator.Like)]
    [InlineData("like", Comparator.Like)]
    [InlineData("ILIKE", Comparator.ILike)]
    [InlineData("iLike", Comparator.ILike)]
    public void Strings_take_equality_and_patterns(string symbol, Comparator comparator) =>
        Assert.Equal(new TextComparison(Depth, comparator, "1%"), FilterParser.Parse($"params.depth {symbol} '1%'"));

    [Fact]
    public void Strings_take_lists()
    {
        Assert.Equal(new ListComparison(Depth, Negated: false, ["1", "2"]), FilterParser.Parse("params.depth IN ('1', \"2\")"));
        Assert.Equal(new ListComparison(Depth, Negated: true, ["1"]), FilterParser.Parse("params.depth not  in('1')"));
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("-3", -3)]
    [InlineData("+3", 3)]
    [InlineData("0.25", 0.25)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("-.5", -0.5)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E-2", 0.025)]
    [InlineData("-1e+2", -100)]
    public void Reads_numbers_with_signs_decimals_and_exponents(string written, double value) =>
        Assert.Equal(new NumberComparison(F1, Comparator.Less, value), FilterParser.Parse($"metrics.f1 < {written}"));

    [Theory]
    [InlineData("'plain'", "plain")]
    [InlineData("\"plain\"", "plain")]
    [InlineData("''", "")]
    [InlineData("'it''s'", "it's")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData("'back\\\\slash'", "back\\slash")]
    [InlineData("'50\\%'", "50\\%")]
    [InlineData("'C:\\temp'", "C:\\temp")]
    [InlineData("'naïve 名前'", "naïve 名前")]
    public void Reads_strings_in_either_quote_with_the_quote_doubled_or_after_a_backslash(string written, string value) =>
        Assert.Equal(new TextComparison(Depth, Comparator.Equal, value), FilterParser.Parse($"params.depth = {written}"));

    [Fact]
    public void AND_binds_tighter_than_OR()
    {
        var a = new TextComparison(Depth, Comparator.Equal, "a");
        var b = new TextComparison(Depth, Comparator.Equal, "b");
        var c = new TextComparison(Depth, Comparator.Equal, "c");
        Assert.Equal(new OrFilter(a, new AndFilter(b, c)), FilterParser.Parse("params.depth = 'a' OR params.depth = 'b' AND params.depth = 'c'"));
        Assert.Equal(new OrFilter(new AndFilter(a, b), c), FilterParser.Parse("params.depth = 'a' and params.depth = 'b' or params.depth = 'c'"));
        Assert.Equal(new AndFilter(new OrFilter(a, b), c), FilterParser.Parse("(params.depth = 'a' Or params.depth = 'b') aNd params.depth = 'c'"));
        Assert.Equal(new OrFilter(new OrFilter(a, b), c), FilterParser.Parse("params.depth = 'a' or params.depth = 'b' or params.depth = 'c'"));
        Assert.Equal(a, FilterParser.Parse("((params.depth = 'a'))"));
    }

    [Fact]
    public void Parses_the_examples_of_the_documentation()
    {
        var examples = new[]
        {
            "metrics.f1 > 0.9 and params.depth = '10'",
            "(params.model = 'forest' or params.model = 'boosting') and metrics.`roc auc` >= 0.95",
            "tags.`git.branch` = 'main' and attributes.status = 'finished'",
            "params.optimizer IN ('adam', 'sgd') and tags.user LIKE 'ann%'",
        };
        Assert.All(examples, example => Assert.IsType<AndFilter>(FilterParser.Parse(example)));
    }

    [Fact]
    public void Fields_print_as_they_would_be_written() =>
        Assert.Equal(
            ["metrics.f1", "metrics.`roc auc`", "tags.git.branch", "params.`a``b`", "attributes.status"],
            new[] { F1, new(Entity.Metric, "roc auc"), new(Entity.Tag, "git.branch"), new(Entity.Param, "a`b"), new Field(Entity.Attribute, "status") }.Select(f => f.ToString()));

    static Field Field(Filter filter) => filter switch
    {
        NumberComparison c => c.Field,
        TextComparison c => c.Field,
        _ => throw new InvalidOperationException($"{filter} is not a comparison."),
    };
}
