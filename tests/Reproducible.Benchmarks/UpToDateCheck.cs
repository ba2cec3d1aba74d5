using Reproducible.Core.Hashing;

namespace Reproducible.Benchmarks;

// The child process of figure 3: what a build's up-to-date check does with a folder of training data.
static class UpToDateCheck
{
    public static int Run(string folder, string cacheFile)
    {
        FileHasher? hasher = null;
        DirectoryDigest? digest = null;
        var load = Stopwatched.Seconds(() => hasher = FileHasher.Load(cacheFile));
        var hash = Stopwatched.Seconds(() => digest = hasher!.HashDirectory(folder));
        var save = Stopwatched.Seconds(() => hasher!.Save());
        Console.WriteLine(new UpToDateReport(digest!.Files.Count, hasher!.FilesHashed, load, hash, save));
        return 0;
    }
}
