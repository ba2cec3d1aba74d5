using System.CommandLine;
using Reproducible.Core.Diagnostics;
using Reproducible.Tracking;
using Reproducible.Tracking.Search;

namespace Reproducible.Tool.Commands;

static class RunsSearchCommand
{
    public static Command Create()
    {
        var filter = new Option<string>("--filter") { Description = "Which runs: metrics.f1 > 0.9 and params.depth = '10' (see docs/tracking.md). Default: every run.", DefaultValueFactory = _ => "", HelpName = "FILTER" };
        var orderBy = new Option<string>("--order-by") { Description = "How to sort them: metrics.f1 DESC, attributes.start_time. Default: the latest first.", DefaultValueFactory = _ => "", HelpName = "ORDER" };
        var experiment = CommonOptions.Experiment("Only the runs of this experiment.");
        var max = CommonOptions.Max(100);
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var search = new Command("search", "Find runs by their metrics, parameters, tags and attributes.") { filter, orderBy, experiment, max, store, json };
        search.SetAction(result => Search(result.GetValue(filter)!, result.GetValue(orderBy)!, result.GetValue(experiment), result.GetValue(max), result.GetValue(store), result.GetValue(json)));
        return search;
    }

    static int Search(string filterText, string orderByText, string? experiment, int max, string? store, bool json)
    {
        Filter filter;
        IReadOnlyList<Ordering> orderings;
        try
        {
            filter = FilterParser.Parse(filterText);
        }
        catch (FilterSyntaxException e)
        {
            return MalformedSearch.Report("--filter", filterText, e);
        }

        try
        {
            orderings = OrderByParser.Parse(orderByText);
        }
        catch (FilterSyntaxException e)
        {
            return MalformedSearch.Report("--order-by", orderByText, e);
        }

        return StoreAccess.Use(store, runs => Show(runs, Within(filter, experiment), orderings, experiment, max, json));
    }

    static Filter Within(Filter filter, string? experiment) => experiment switch
    {
        null => filter,
        _ when filter is AllRunsFilter => InExperiment(experiment),
        _ => new AndFilter(filter, InExperiment(experiment)),
    };

    static TextComparison InExperiment(string experiment) => new(new Field(Entity.Attribute, "experiment"), Comparator.Equal, experiment);

    static int Show(IRunStore store, Filter filter, IReadOnlyList<Ordering> orderings, string? experiment, int max, bool json)
    {
        var found = store.Search(SearchSql.Translate(filter, orderings, store.Dialect), max);
        if (found.Count == 0 && experiment is not null && !store.ListExperiments().Any(known => known.Name == experiment))
        {
            throw new ReproException(TrackingErrors.UnknownExperiment(experiment, store.Description));
        }

        var runs = found.Select(run => store.GetRun(run.Id)).ToList();
        if (json)
        {
            return JsonOutput.Write(JsonOutput.Array(runs.Select(RunJson.Details)));
        }

        var columns = SearchColumns.Of(filter, orderings);
        var table = RunTable.New(columns.Select(column => column.ToString()))
            .RightAligned([.. columns.Index().Where(column => column.Item.IsNumber).Select(column => RunTable.Columns + column.Index)]);
        foreach (var run in runs)
        {
            table.Run(run.Info, columns.Select(column => SearchColumns.Cell(run, column)));
        }

        table.Show();
        return ExitCodes.Ok;
    }
}
