using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class FilterErrorTests
{
    [Theory]
    [InlineData("metrics.f1 fast > 1", "column 12: expected a comparator after 'metrics.f1', found 'fast'")]
    [InlineData("metrics.`roc auc`", "column 18: expected a comparator after 'metrics.`roc auc`', found the end of the filter")]
    [InlineData("metrics.f1 == 1", "column 13: expected a number after 'metrics.f1 =', found '='")]
    [InlineData("metrics.f1 > '0.9'", "column 14: expected a number after 'metrics.f1 >', found the string '0.9'")]
    [InlineData("metrics.f1 > ", "column 14: expected a number after 'metrics.f1 >', found the end of the filter")]
    [InlineData("metrics.f1 > 1e999", "column 14: expected a number between -1.7e308 and 1.7e308 after 'metrics.f1 >', found 1e999")]
    [InlineData("metrics.f1 LIKE '0.9%'", "column 12: 'metrics.f1' is a number, so expected = != < <= > or >=, found 'LIKE'")]
    [InlineData("metrics.f1 in (1)", "column 12: 'metrics.f1' is a number, so expected = != < <= > or >=, found 'IN'")]
    [InlineData("attributes.start_time ilike '1%'", "column 23: 'attributes.start_time' is a number, so expected = != < <= > or >=, found 'ILIKE'")]
    [InlineData("params.depth = 10", "column 16: expected a quoted string after 'params.depth =', found the number 10")]
    [InlineData("params.depth > '10'", "column 14: 'params.depth' is text, so expected = != LIKE ILIKE IN or NOT IN, found '>'")]
    [InlineData("status <= 'x'", "column 8: 'status' is text, so expected = != LIKE ILIKE IN or NOT IN, found '<='")]
    [InlineData("params.depth NOT LIKE '1'", "column 18: expected IN after 'params.depth NOT', found 'LIKE'")]
    [InlineData("params.depth IN 'a'", "column 17: expected '(' after 'params.depth IN', found the string 'a'")]
    [InlineData("params.depth IN ()", "column 18: expected at least one quoted string in the list, found ')'")]
    [InlineData("params.depth not in ('a',)", "column 26: expected a quoted string in the list, found ')'")]
    [InlineData("params.depth IN ('a' 'b')", "column 22: expected ',' or ')' in the list, found the string 'b'")]
    [InlineData("params.depth IN ('a', 1)", "column 23: expected a quoted string in the list, found the number 1")]
    [InlineData("params.depth IN ('a'", "column 21: expected ',' or ')' in the list, found the end of the filter")]
    [InlineData("user = 'ann'", "column 1: expected an attribute (run_id, run_name, status, start_time, end_time, fingerprint, experiment, source, parent_run_id), found 'user'")]
    [InlineData("attributes.user = 'ann'", "column 12: expected an attribute (run_id, run_name, status, start_time, end_time, fingerprint, experiment, source, parent_run_id), found 'user'")]
    [InlineData("metircs.f1 > 1", "column 1: expected metrics, params, tags or attributes before the '.', found 'metircs'")]
    [InlineData("metrics. `f1` > 1", "column 10: expected a name right after 'metrics.', found '`f1`'")]
    [InlineData("metrics.`` > 1", "column 9: expected a name after 'metrics.', found the empty name ``")]
    public void Errors_name_the_column_what_was_expected_and_what_was_found(string filter, string message) =>
        Assert.Equal(message, Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(filter)).Message);

    [Theory]
    [InlineData("(params.a = 'x'", "column 16: expected AND, OR or ')' to close the '(' at column 1, found the end of the filter")]
    [InlineData("((params.a = 'x') or (params.b = 'y')", "column 38: expected AND, OR or ')' to close the '(' at column 1, found the end of the filter")]
    [InlineData("params.a = 'x')", "column 15: expected AND, OR or the end of the filter, found ')', which closes no '('")]
    [InlineData("()", "column 2: expected a field such as metrics.f1, params.depth, tags.user or status, found ')'")]
    [InlineData("params.a = 'x' params.b = 'y'", "column 16: expected AND, OR or the end of the filter, found 'params.b'")]
    [InlineData("params.a = 'x' and", "column 19: expected a field such as metrics.f1, params.depth, tags.user or status, found the end of the filter")]
    [InlineData("params.a = 'x' and or params.b = 'y'", "column 20: expected a field such as metrics.f1, params.depth, tags.user or status, found 'or'")]
    [InlineData("and params.a = 'x'", "column 1: expected a field such as metrics.f1, params.depth, tags.user or status, found 'and'")]
    [InlineData("metrics.f1 > 1 ; DROP TABLE runs", "column 16: expected AND, OR or the end of the filter, found ';'")]
    [InlineData("params.a = 'x' # comment", "column 16: expected AND, OR or the end of the filter, found '#'")]
    [InlineData("params.a = 'it's'", "column 16: expected AND, OR or the end of the filter, found 's'")]
    public void Structural_errors_point_at_the_token_where_the_filter_goes_wrong(string filter, string message) =>
        Assert.Equal(message, Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(filter)).Message);

    [Theory]
    [InlineData("params.a = 'open", "column 12: expected a closing ' for the string that starts here, found the end of the filter")]
    [InlineData("params.a = \"open\\\"", "column 12: expected a closing \" for the string that starts here, found the end of the filter")]
    [InlineData("params.a = 'x' and metrics.`open > 1", "column 28: expected a closing ` for the name that starts here, found the end of the filter")]
    [InlineData("params.a = 'x\0y'", "column 14: expected a character that a name or value can hold, found the NUL character")]
    [InlineData("params.`x\0` = 'y'", "column 10: expected a character that a name or value can hold, found the NUL character")]
    public void An_unclosed_string_or_name_points_at_where_it_opens(string filter, string message) =>
        Assert.Equal(message, Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(filter)).Message);

    [Fact]
    public void The_exception_carries_the_column_and_the_reason_apart()
    {
        var error = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse("metrics.f1 fast"));
        Assert.Equal(12, error.Column);
        Assert.Equal("expected a comparator after 'metrics.f1', found 'fast'", error.Reason);
    }
}
