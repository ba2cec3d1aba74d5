namespace Reproducible.Benchmarks;

static class Benchmark
{
    public static int Run(string workFolder, string repositoryRoot)
    {
        var table = new ResultTable();
        LargeFileBenchmark.Run(Path.Combine(workFolder, "large"), table);
        SmallFilesBenchmark.Run(Path.Combine(workFolder, "small"), table);
        UpToDateBenchmark.Run(Path.Combine(workFolder, "up-to-date"), table);
        NoOpBuildBenchmark.Run(Path.Combine(workFolder, "sample"), repositoryRoot, table);
        table.Print(Console.Out);
        return table.AllPassed ? 0 : 1;
    }
}
