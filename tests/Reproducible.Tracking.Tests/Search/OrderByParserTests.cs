using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class OrderByParserTests
{
    [Fact]
    public void Reads_comma_separated_fields_ascending_unless_said() =>
        Assert.Equal(
            [
                new Ordering(new Field(Entity.Metric, "f1"), Descending: true),
                new Ordering(new Field(Entity.Attribute, "start_time"), Descending: false),
                new Ordering(new Field(Entity.Param, "learning rate"), Descending: false),
                new Ordering(new Field(Entity.Tag, "git.branch"), Descending: true),
            ],
            OrderByParser.Parse("metrics.f1 DESC, attributes.start_time, param.`learning rate` asc,tags.git.branch desc"));

    [Fact]
    public void An_empty_ordering_is_none() => Assert.Empty(OrderByParser.Parse(" "));

    [Theory]
    [InlineData("metrics.f1 DESCENDING", "column 12: expected ASC, DESC, ',' or the end of the ordering, found 'DESCENDING'")]
    [InlineData("metrics.f1 DESC DESC", "column 17: expected ',' or the end of the ordering, found 'DESC'")]
    [InlineData("metrics.f1,", "column 12: expected a field such as metrics.f1, params.depth, tags.user or status, found the end of the ordering")]
    [InlineData("user DESC", "column 1: expected an attribute (run_id, run_name, status, start_time, end_time, fingerprint, experiment, source, parent_run_id), found 'user'")]
    [InlineData("metrics.f1; DROP TABLE runs", "column 11: expected ASC, DESC, ',' or the end of the ordering, found ';'")]
    [InlineData("metrics.`f1", "column 9: expected a closing ` for the name that starts here, found the end of the ordering")]
    public void Errors_name_the_column_what_was_expected_and_what_was_found(string orderBy, string message) =>
        Assert.Equal(message, Assert.Throws<FilterSyntaxException>(() => OrderByParser.Parse(orderBy)).Message);
}
