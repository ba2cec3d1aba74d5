namespace Reproducible.Tracking.Search;

/// <summary>One term of <c>--order-by</c>: <c>metrics.f1 DESC</c>.</summary>
public sealed record Ordering(Field Field, bool Descending);
