using Reproducible.Tracking;
using Reproducible.Tracking.Search;

namespace Reproducible.Tool.Commands;

/// <summary>The metrics, parameters and tags a search names, shown as columns beside each run.</summary>
static class SearchColumns
{
    public static IReadOnlyList<Field> Of(Filter filter, IEnumerable<Ordering> orderings) =>
        [.. Fields(filter).Concat(orderings.Select(ordering => ordering.Field)).Where(field => field.Entity is not Entity.Attribute).Distinct()];

    public static string Cell(RunDetails run, Field field) => field.Entity switch
    {
        Entity.Metric => run.Metrics.TryGetValue(field.Name, out var metric) ? Formats.Number(metric.Value) : Formats.Absent,
        Entity.Param => run.Params.GetValueOrDefault(field.Name) ?? Formats.Absent,
        _ => run.Tags.GetValueOrDefault(field.Name) ?? Formats.Absent,
    };

    static IEnumerable<Field> Fields(Filter filter) => filter switch
    {
        AndFilter and => Fields(and.Left).Concat(Fields(and.Right)),
        OrFilter or => Fields(or.Left).Concat(Fields(or.Right)),
        NumberComparison number => [number.Field],
        TextComparison text => [text.Field],
        ListComparison list => [list.Field],
        _ => [],
    };
}
