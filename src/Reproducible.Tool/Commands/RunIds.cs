using Reproducible.Core.Diagnostics;
using Reproducible.Tracking;
using Reproducible.Tracking.Search;

namespace Reproducible.Tool.Commands;

static class RunIds
{
    const int ShortestPrefix = 4;

    /// <summary>The full id of the run that <paramref name="id"/> names: tables show only the first 12 characters, so a prefix is enough.</summary>
    public static string Resolve(IRunStore store, string id)
    {
        var lower = id.ToLowerInvariant();
        if (RunId.IsValid(lower) || !IsPrefix(lower))
        {
            return lower;
        }

        return StartingWith(store, lower) switch
        {
            [var run] => run.Id,
            [] => lower,
            _ => throw new ReproException(TrackingErrors.UnknownRun(id, store.Description) with
            {
                Message = $"More than one run in the run store {store.Description} has an id that starts with '{id}'. Give more of the id.",
            }),
        };
    }

    public static RunDetails Get(IRunStore store, string id) => store.GetRun(Resolve(store, id));

    static bool IsPrefix(string id) => id.Length >= ShortestPrefix && id.All(char.IsAsciiHexDigitLower);

    static IReadOnlyList<RunInfo> StartingWith(IRunStore store, string prefix) =>
        store.Search(SearchSql.Translate(new TextComparison(new Field(Entity.Attribute, "run_id"), Comparator.Like, prefix + "%"), [], store.Dialect), max: 2);
}
