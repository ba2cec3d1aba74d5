namespace Reproducible.Benchmarks;

// Figure 3: a fresh process checks 100,000 unchanged files against the stat cache an earlier run wrote.
static class UpToDateBenchmark
{
    const int Figure = 3;
    const int Count = 100_000;
    const int Size = 100;
    const int Runs = 5;
    const double TargetSeconds = 1.5;

    // Longer than the stat cache's racy window, so that the first run trusts every digest it writes.
    static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2.5);

    public static void Run(string folder, ResultTable table)
    {
        var data = Path.Combine(folder, "files");
        var cacheFile = Path.Combine(folder, "hashes.cache");
        Progress.Say($"figure 3: writing {Count:N0} files of {Size} bytes");
        TestData.WriteFiles(data, Count, Size, new Random(3));
        Command.Shell("sync");
        Thread.Sleep(RacyWindow);

        Progress.Say("figure 3: a first run hashes them all and writes the stat cache");
        var first = Check(data, cacheFile);
        Expect(first.Report.Hashed == Count, $"the first run hashed {first.Report.Hashed} files, not {Count}");

        Progress.Say($"figure 3: {Runs} up-to-date checks, each in a new process");
        var runs = Enumerable.Range(0, Runs).Select(_ => Check(data, cacheFile)).ToArray();
        Expect(runs.All(run => run.Report.Files == Count && run.Report.Hashed == 0), "an up-to-date check read a file again");

        var wall = Median.Of(runs.Select(run => run.Seconds).ToArray());
        table.Judge(Figure, "up-to-date check of 100,000 unchanged files, new process (wall, runtime start included)", Rate.Seconds(wall), "", $"< {TargetSeconds} s", wall < TargetSeconds);
        table.Add(new Row(
            Figure,
            "… of which, in process: load the stat cache / stat + look up every file / save",
            $"{Rate.Seconds(Median.Of(runs.Select(run => run.Report.LoadSeconds).ToArray()))} / {Rate.Seconds(Median.Of(runs.Select(run => run.Report.HashSeconds).ToArray()))} / {Rate.Seconds(Median.Of(runs.Select(run => run.Report.SaveSeconds).ToArray()))}",
            "",
            $"the rest, {Rate.Seconds(wall - Median.Of(runs.Select(run => run.Report.InProcessSeconds).ToArray()))}, is process and runtime start; stat cache: {new FileInfo(cacheFile).Length / 1e6:0.0} MB",
            Verdict.Info));
        table.Note($"Figure 3: {Count:N0} files of {Size} bytes, a hundred to a folder, two levels deep. A first process hashed them all and wrote the stat cache once they were older than its racy window; each timed run is a new `dotnet Reproducible.Benchmarks.dll up-to-date` process (runtime start included) that loads the cache, hashes the folder through it (0 files read) and saves; median of {Runs}.");
    }

    static (double Seconds, UpToDateReport Report) Check(string data, string cacheFile)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "Reproducible.Benchmarks.dll");
        var result = Command.Run("dotnet", [self, "up-to-date", data, cacheFile]);
        return (result.Seconds, UpToDateReport.Parse(result.Output));
    }

    static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Figure 3 is not measuring what it should: {failure}.");
        }
    }
}
