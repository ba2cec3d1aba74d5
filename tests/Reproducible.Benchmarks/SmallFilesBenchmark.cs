using Reproducible.Core.Hashing;

namespace Reproducible.Benchmarks;

// Figure 2: 10,000 files of 100 KiB, hashed as one folder with nothing in the stat cache.
static class SmallFilesBenchmark
{
    const int Figure = 2;
    const int Count = 10_000;
    const int Size = 100 * 1024;
    const int Runs = 3;

    public static void Run(string folder, ResultTable table)
    {
        var data = Path.Combine(folder, "files");
        Progress.Say($"figure 2: writing {Count:N0} files of 100 KiB");
        var files = TestData.WriteFiles(data, Count, Size, new Random(2));
        TestData.Settle(files);

        Progress.Say($"figure 2: hashing them, {Runs} runs of each tool, interleaved");
        var ours = new List<double>();
        var openssl = new List<double>();
        var sha256sum = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            ours.Add(Stopwatched.Seconds(() => FileHasher.Load(TestData.FreshCacheFile(folder)).HashDirectory(data)));
            openssl.Add(Command.Shell($"find '{data}' -type f -print0 | xargs -0 openssl dgst -sha256 >/dev/null").Seconds);
            sha256sum.Add(Command.Shell($"find '{data}' -type f -print0 | xargs -0 sha256sum >/dev/null").Seconds);
        }

        ThroughputRows.Add(
            table,
            Figure,
            (long)Count * Size,
            new Sample("10,000 × 100 KiB: `FileHasher.HashDirectory`, fresh cache", ours),
            [],
            new Sample("10,000 × 100 KiB: `find -print0 | xargs -0 openssl dgst -sha256`", openssl),
            new Sample("10,000 × 100 KiB: `find -print0 | xargs -0 sha256sum`", sha256sum));
    }
}
