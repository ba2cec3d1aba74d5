using Reproducible.Tracking;
using Spectre.Console;

namespace Reproducible.Tool.Commands;

/// <summary>The runs of <c>runs list</c> and <c>runs search</c>, one row each, with extra columns after the attributes.</summary>
static class RunTable
{
    public const int Columns = 4;

    public static Table New(IEnumerable<string> extraColumns) =>
        Tables.New(["run", "name", "status", "start", .. extraColumns]);

    public static Table Run(this Table table, RunInfo run, IEnumerable<string> extraCells) =>
        table.Row([Formats.ShortId(run.Id), run.Name, run.Status, Formats.Time(run.StartTime), .. extraCells]);
}
