namespace Reproducible.Tracking.Search;

/// <summary>
/// Translates a filter to a WHERE clause over the store's runs <c>r</c> and experiments <c>e</c>. Conditions on the
/// run's own row stay conditions on <c>r</c>; the rest becomes one <c>r.id IN (…)</c> over a <see cref="RunIdSet"/>.
/// Every name and value is a parameter.
/// </summary>
static class FilterSql
{
    public static string Where(Filter filter, SqlDialect dialect, SqlParameters parameters)
    {
        if (filter is AllRunsFilter)
        {
            return "";
        }

        var terms = RunIdSet.Conjuncts(filter).ToList();
        var onRun = terms.Where(term => RowScope.Of(term) is { IsRun: true }).ToList();
        var conditions = onRun.Select(term => RowCondition.Of(term, field => RunAttribute.Named(field.Name).In("r", "e"), dialect, parameters)).ToList();
        var rest = terms.Except(onRun).ToList();
        if (rest.Count > 0)
        {
            conditions.Add($"r.id IN ({RunIdSet.Intersection(rest, dialect, parameters)})");
        }

        return string.Join(" AND ", conditions);
    }
}
