namespace Reproducible.Benchmarks;

// A Markdown table, to paste into an issue as it is, with the notes that say how it was measured.
sealed class ResultTable
{
    readonly List<Row> rows = [];
    readonly List<string> notes = [];

    public bool AllPassed => rows.All(row => row.Verdict != Verdict.Fail);

    public void Add(Row row) => rows.Add(row);

    public void Judge(int figure, string measurement, string median, string rate, string target, bool passed) =>
        rows.Add(new Row(figure, measurement, median, rate, target, passed ? Verdict.Pass : Verdict.Fail));

    public void Note(string text) => notes.Add(text);

    public void Print(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine($"Benchmark, {MachineSummary.Describe()}");
        writer.WriteLine();
        writer.WriteLine("| # | measurement | median | rate | target, or comparison | result |");
        writer.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            writer.WriteLine($"| {row.Figure} | {Cell(row.Measurement)} | {row.Median} | {row.Rate} | {Cell(row.Target)} | {Word(row.Verdict)} |");
        }

        writer.WriteLine();
        foreach (var note in notes)
        {
            writer.WriteLine($"- {note}");
        }

        writer.WriteLine();
        writer.WriteLine(AllPassed ? "Every target: PASS" : $"Targets missed: {string.Join(", ", rows.Where(row => row.Verdict == Verdict.Fail).Select(row => row.Figure).Distinct())}");
    }

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "**PASS**",
        Verdict.Fail => "**FAIL**",
        Verdict.Info => "info",
        _ => "",
    };
}
