using Reproducible.Benchmarks;

return args switch
{
    ["up-to-date", var folder, var cacheFile] => UpToDateCheck.Run(folder, cacheFile),
    [var workFolder, var repositoryRoot] => Benchmark.Run(workFolder, repositoryRoot),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Reproducible.Benchmarks <empty work folder> <repository root>");
    return 2;
}
