namespace Reproducible.Benchmarks;

static class TestData
{
    const int FilesPerFolder = 100;
    const int FoldersPerFolder = 10;

    public static void WriteRandomFile(string path, long size, Random random)
    {
        var chunk = new byte[Math.Min(size, 1 << 20)];
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        for (var left = size; left > 0; left -= chunk.Length)
        {
            random.NextBytes(chunk);
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
    }

    // Two levels of folders: root/7/3/7312.dat, a hundred files to a folder.
    public static IReadOnlyList<string> WriteFiles(string root, int count, int size, Random random)
    {
        var files = new List<string>(count);
        var content = new byte[size];
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, $"{i / (FilesPerFolder * FoldersPerFolder)}", $"{i / FilesPerFolder % FoldersPerFolder}");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{i}.dat");
            random.NextBytes(content);
            File.WriteAllBytes(file, content);
            files.Add(file);
        }

        return files;
    }

    // Writes the new data out, so that no write-back runs during a measurement, then reads every file once, so
    // that every tool finds it in the page cache.
    public static void Settle(IEnumerable<string> files)
    {
        Command.Shell("sync");
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            while (stream.Read(buffer) > 0)
            {
            }
        }
    }

    public static string FreshCacheFile(string folder) => Path.Combine(folder, $"never-written-{Guid.NewGuid():N}.cache");
}
