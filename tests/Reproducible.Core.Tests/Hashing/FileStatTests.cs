using System.Globalization;
using Reproducible.Core.Hashing;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Hashing;

public sealed class FileStatTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_what_the_stat_command_reads()
    {
        var file = folder.Write("data.csv", "x,y\n1,2\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567));

        var stat = FileStat.Read(file);

        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere there is no statx: FileInfo gives size and mtime only.
            Assert.Equal(FileStat.ReadWithFileInfo(file), stat);
            return;
        }

        var fields = Command.Run("stat", ["-c", "%i %s %.9Y %.9Z", file], folder.Path).ShouldSucceed().Output.Split(' ');
        Assert.Equal(FileKind.File, stat.Kind);
        Assert.Equal(long.Parse(fields[0], CultureInfo.InvariantCulture), stat.Inode);
        Assert.Equal(8, stat.Size);
        Assert.Equal(1714979289_123456700, stat.ModifiedNs);
        Assert.Equal(fields[2], Seconds(stat.ModifiedNs));
        Assert.Equal(fields[3].Trim(), Seconds(stat.ChangedNs));
    }

    [Fact]
    public void The_fallback_agrees_on_size_and_mtime_and_has_no_inode()
    {
        var file = folder.Write("data.csv", "x,y\n1,2\n");

        var stat = FileStat.Read(file);
        var fallback = FileStat.ReadWithFileInfo(file);

        Assert.Equal((FileKind.File, stat.Size, stat.ModifiedNs / 100), (fallback.Kind, fallback.Size, fallback.ModifiedNs / 100));
        Assert.Equal((0, 0), (fallback.ChangedNs, fallback.Inode));
    }

    [Fact]
    public void Follows_links_and_tells_folders_missing_files_and_pipes_apart()
    {
        var file = folder.Write("data.csv", "x\n");
        File.CreateSymbolicLink(folder["link"], file);
        File.CreateSymbolicLink(folder["broken"], folder["nowhere"]);
        Directory.CreateDirectory(folder["sub"]);
        Command.Run("mkfifo", [folder["pipe"]], folder.Path).ShouldSucceed();

        Assert.Equal(FileStat.Read(file), FileStat.Read(folder["link"]));
        Assert.Equal(FileKind.Missing, FileStat.Read(folder["broken"]).Kind);
        Assert.Equal(FileKind.Missing, FileStat.Read(folder["data.csv/below"]).Kind);
        Assert.Equal(FileKind.Directory, FileStat.Read(folder["sub"]).Kind);
        Assert.Equal(FileKind.Other, FileStat.Read(folder["pipe"]).Kind);
        Assert.Equal(FileKind.Missing, FileStat.ReadWithFileInfo(folder["broken"]).Kind);
        Assert.Equal(FileKind.Directory, FileStat.ReadWithFileInfo(folder["sub"]).Kind);
    }

    static string Seconds(long nanoseconds) => $"{nanoseconds / 1_000_000_000}.{nanoseconds % 1_000_000_000:D9}";
}
