using Reproducible.Tracking.Tests.Search;

namespace Reproducible.Tracking.Benchmarks;

/// <summary>A search the benchmark times; only the first one has a target (issue 4), the others show the shape of the rest.</summary>
sealed record SearchCase(string Filter, string OrderBy, int Max, bool HasTarget = false)
{
    public static IReadOnlyList<SearchCase> All { get; } =
    [
        new(SearchDataSet.Filter, SearchDataSet.OrderBy, SearchDataSet.Max, HasTarget: true),
        new("(params.model = 'forest' or params.model = 'boosting') and metrics.roc_auc >= 0.99 and params.optimizer IN ('adam', 'sgd')", "metrics.f1 DESC", 10),
        new("tags.user LIKE 'an%' and status = 'finished' and metrics.f1 > 0.999", "attributes.start_time DESC", 10),
        new("params.depth = '10' and params.optimizer = 'adam' and metrics.f1 < 0.01", "", 10),
        new("metrics.f1 > 0.5", "metrics.f1 DESC", 5),
        new("", "metrics.accuracy DESC", 5),
    ];

    public string Described => $"--filter \"{Filter}\" --order-by \"{OrderBy}\" --max {Max}";
}
