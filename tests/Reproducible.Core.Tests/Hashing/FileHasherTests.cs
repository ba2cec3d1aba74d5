using System.Runtime.Versioning;
using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Hashing;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Hashing;

public sealed class FileHasherTests : IDisposable
{
    static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    string Cache => folder["obj/hashes.cache"];

    string WriteOld(string relative, string content)
    {
        var file = folder.Write(relative, content);
        File.SetLastWriteTimeUtc(file, AnHourAgo);
        return file;
    }

    static string Sha256(string content) => Sha256File.Compute(System.Text.Encoding.UTF8.GetBytes(content));

    static Func<string, FileStat> StatReader(string name) => name == "statx" ? FileStat.Read : FileStat.ReadWithFileInfo;

    static void RewriteKeepingTheMtime(string file, string content)
    {
        var modified = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, content);
        File.SetLastWriteTimeUtc(file, modified);
    }

    [Fact]
    public void Hashes_to_lower_case_hex_sha256()
    {
        var file = folder.Write("data.csv", "abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileHasher.Load(Cache).HashFile(file));
    }

    [Fact]
    public void An_unchanged_old_file_is_not_read_again()
    {
        var file = WriteOld("data.csv", "abc");
        var first = FileHasher.Load(Cache);
        var digest = first.HashFile(file);
        Assert.True(first.Save());

        var second = FileHasher.Load(Cache);

        Assert.Equal(digest, second.HashFile(file));
        Assert.Equal((1, 3L), (first.FilesHashed, first.BytesHashed));
        Assert.Equal((0, 0L), (second.FilesHashed, second.BytesHashed));
        Assert.False(second.Save());
    }

    [Theory]
    [InlineData("statx")]
    [InlineData("FileInfo")]
    public void A_same_size_rewrite_that_keeps_the_mtime_is_seen(string statReader)
    {
        var file = folder.Write("data.csv", "one");
        var first = FileHasher.Load(Cache, TimeProvider.System, StatReader(statReader));
        first.HashFile(file);
        first.Save();

        RewriteKeepingTheMtime(file, "two");

        Assert.Equal(Sha256("two"), FileHasher.Load(Cache, TimeProvider.System, StatReader(statReader)).HashFile(file));
    }

    [Fact]
    public void Without_ctime_or_inode_only_the_racy_rule_sees_a_same_size_rewrite_that_keeps_the_mtime()
    {
        var fresh = folder.Write("fresh.csv", "one");
        var old = WriteOld("old.csv", "one");
        var first = FileHasher.Load(Cache, TimeProvider.System, FileStat.ReadWithFileInfo);
        first.HashFile(fresh);
        first.HashFile(old);
        first.Save();

        RewriteKeepingTheMtime(fresh, "two");
        RewriteKeepingTheMtime(old, "two");
        var second = FileHasher.Load(Cache, TimeProvider.System, FileStat.ReadWithFileInfo);

        Assert.Equal(Sha256("two"), second.HashFile(fresh));
        // Size and mtime are all FileInfo offers, and both are unchanged: the old entry is trusted. This is the
        // case statx's ctime and inode cover on Linux; the racy rule cannot, as the file had long been stable.
        Assert.Equal(Sha256("one"), second.HashFile(old));
    }

    [Fact]
    public void A_recently_modified_file_is_read_again_until_it_ages_past_the_window()
    {
        var file = folder.Write("data.csv", "abc");
        var clock = new ManualClock(new DateTimeOffset(File.GetLastWriteTimeUtc(file)).AddSeconds(1));
        int FilesHashedBy(FileHasher hasher)
        {
            hasher.HashFile(file);
            hasher.Save();
            return hasher.FilesHashed;
        }

        Assert.Equal(1, FilesHashedBy(FileHasher.Load(Cache, clock, FileStat.Read)));
        Assert.Equal(1, FilesHashedBy(FileHasher.Load(Cache, clock, FileStat.Read)));
        clock.Now = clock.Now.AddSeconds(10);
        Assert.Equal(1, FilesHashedBy(FileHasher.Load(Cache, clock, FileStat.Read)));
        Assert.Equal(0, FilesHashedBy(FileHasher.Load(Cache, clock, FileStat.Read)));
    }

    [Theory]
    [InlineData("size")]
    [InlineData("mtime")]
    [InlineData("inode")]
    public void A_change_of_size_mtime_or_inode_is_read_again(string change)
    {
        var file = WriteOld("data.csv", "abcd");
        var first = FileHasher.Load(Cache);
        first.HashFile(file);
        first.Save();

        var content = change switch
        {
            "size" => "abcde",
            "mtime" => "abcd",
            _ => "wxyz",
        };
        if (change == "inode")
        {
            var replacement = WriteOld("data.csv.new", content);
            File.Move(replacement, file, overwrite: true);
        }
        else
        {
            File.WriteAllText(file, content);
            File.SetLastWriteTimeUtc(file, change == "mtime" ? AnHourAgo.AddSeconds(1) : AnHourAgo);
        }

        var second = FileHasher.Load(Cache);

        Assert.Equal(Sha256(content), second.HashFile(file));
        Assert.Equal(1, second.FilesHashed);
    }

    [Fact]
    public void Saves_only_when_something_changed_and_keeps_only_the_files_used()
    {
        var a = WriteOld("a.csv", "a");
        var b = WriteOld("b.csv", "b");
        var first = FileHasher.Load(Cache);
        first.HashFile(a);
        first.HashFile(b);
        Assert.True(first.Save());
        Assert.False(first.Save());

        var second = FileHasher.Load(Cache);
        second.HashFile(a);
        Assert.True(second.Save());

        var third = FileHasher.Load(Cache);
        third.HashFile(a);
        third.HashFile(b);
        Assert.Equal(1, third.FilesHashed);
        Assert.Equal(["hashes.cache"], Directory.EnumerateFiles(folder["obj"]).Select(Path.GetFileName));
    }

    public static TheoryData<string> Damages => ["empty", "truncated", "half", "garbage", "flipped digest bit", "other version", "folder"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_cache_counts_as_empty(string damage)
    {
        var file = WriteOld("data.csv", "abc");
        var first = FileHasher.Load(Cache);
        first.HashFile(file);
        first.Save();
        var bytes = File.ReadAllBytes(Cache);

        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(Cache, []);
                break;
            case "truncated":
                File.WriteAllBytes(Cache, bytes[..^1]);
                break;
            case "half":
                File.WriteAllBytes(Cache, bytes[..(bytes.Length / 2)]);
                break;
            case "garbage":
                File.WriteAllBytes(Cache, RandomNumberGenerator.GetBytes(bytes.Length));
                break;
            case "flipped digest bit":
                bytes[^33] ^= 1;
                File.WriteAllBytes(Cache, bytes);
                break;
            case "other version":
                bytes[4]++;
                SHA256.HashData(bytes.AsSpan(..^32), bytes.AsSpan(^32..));
                File.WriteAllBytes(Cache, bytes);
                break;
            default:
                File.Delete(Cache);
                Directory.CreateDirectory(Cache);
                break;
        }

        var second = FileHasher.Load(Cache);

        Assert.Equal(Sha256("abc"), second.HashFile(file));
        Assert.Equal(1, second.FilesHashed);
    }

    [Fact]
    public void Several_threads_can_hash_at_once()
    {
        var files = Enumerable.Range(0, 300).Select(i => WriteOld($"data/{i}.csv", $"row {i}\n")).ToArray();
        var hasher = FileHasher.Load(Cache);

        var first = files.AsParallel().WithDegreeOfParallelism(8).Select(hasher.HashFile).ToArray();
        var second = files.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(hasher.HashFile).ToArray();

        Assert.Equal(files.Select(Sha256File.Compute), second);
        Assert.Equal(files.Length, hasher.FilesHashed);
        Assert.Equal(files.Sum(file => new FileInfo(file).Length), hasher.BytesHashed);
    }

    [Fact]
    public async Task Builds_saving_at_once_never_leave_a_torn_cache_for_another_to_load()
    {
        var files = Enumerable.Range(0, 2000).Select(i => WriteOld($"data/{i}.csv", $"{i}")).ToArray();
        var seed = FileHasher.Load(Cache);
        Array.ForEach(files, file => seed.HashFile(file));
        seed.Save();
        using var writing = new CancellationTokenSource();

        var writers = Enumerable.Range(0, 3).Select(writer => Task.Run(() =>
        {
            for (var round = 0; round < 10; round++)
            {
                var hasher = FileHasher.Load(Cache);
                Array.ForEach(files, file => hasher.HashFile(file));
                hasher.HashFile(WriteOld($"extra/{writer}-{round}.csv", "x"));
                Assert.True(hasher.Save());
            }
        })).ToArray();
        var loads = Task.Run(() =>
        {
            var count = 0;
            for (; !writers.All(writer => writer.IsCompleted); count++)
            {
                var hasher = FileHasher.Load(Cache);
                Array.ForEach(files, file => hasher.HashFile(file));
                Assert.Equal(0, hasher.FilesHashed);
            }

            return count;
        });

        await Task.WhenAll(writers);
        Assert.True(await loads > 0);
        Assert.Equal(["hashes.cache"], Directory.EnumerateFiles(folder["obj"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_to_a_file_is_hashed_as_its_target()
    {
        var target = folder.Write("real.csv", "one");
        var link = folder["link.csv"];
        File.CreateSymbolicLink(link, target);
        var hasher = FileHasher.Load(Cache);
        Assert.Equal(Sha256("one"), hasher.HashFile(link));

        File.Delete(link);
        File.CreateSymbolicLink(link, folder.Write("other.csv", "two"));

        Assert.Equal(Sha256("two"), hasher.HashFile(link));
    }

    [Fact]
    public void A_broken_link_names_its_target()
    {
        var link = folder["data/link.csv"];
        Directory.CreateDirectory(folder["data"]);
        File.CreateSymbolicLink(link, folder["gone.csv"]);
        var hasher = FileHasher.Load(Cache);

        var error = Assert.Throws<ReproException>(() => hasher.HashFile(link)).Diagnostic;
        var inFolder = Assert.Throws<ReproException>(() => hasher.HashDirectory(folder["data"])).Diagnostic;

        Assert.Equal(new Diagnostic("REPRO0013", $"'{link}' is a symbolic link to '{folder["gone.csv"]}', which does not exist. Fix the link or the TrainingData item.", link), error);
        Assert.Equal(error, inFolder);
    }

    [Fact]
    public void Something_that_is_not_a_regular_file_is_unreadable_data()
    {
        Command.Run("mkfifo", [folder["data/pipe"]], folder.Write("data/a.csv", "a")[..^"/a.csv".Length]).ShouldSucceed();
        var file = folder.Write("file.csv", "f");
        var hasher = FileHasher.Load(Cache);

        Assert.Equal(
            [
                $"REPRO0012: Cannot read the input '{folder["data/pipe"]}': it is not a regular file but a device, pipe or socket. Make it readable by the user who runs the build, or fix the TrainingData item.",
                $"REPRO0012: Cannot read the input '{folder["data/pipe"]}': it is not a regular file but a device, pipe or socket. Make it readable by the user who runs the build, or fix the TrainingData item.",
                $"REPRO0012: Cannot read the input '{folder["data"]}': it is a folder, not a file. Make it readable by the user who runs the build, or fix the TrainingData item.",
                $"REPRO0012: Cannot read the input '{file}': it is a file, not a folder. Make it readable by the user who runs the build, or fix the TrainingData item.",
                $"REPRO0012: Cannot read the input '{folder["none"]}': it does not exist. Make it readable by the user who runs the build, or fix the TrainingData item.",
            ],
            new Action[]
            {
                () => hasher.HashFile(folder["data/pipe"]),
                () => hasher.HashDirectory(folder["data"]),
                () => hasher.HashFile(folder["data"]),
                () => hasher.HashDirectory(file),
                () => hasher.HashFile(folder["none"]),
            }.Select(action => Assert.Throws<ReproException>(action).Diagnostic.ToString()));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_file_or_folder_without_read_permission_is_unreadable_data_except_to_root()
    {
        var file = folder.Write("data/secret.csv", "s");
        folder.Write("data/locked/inside.csv", "i");
        File.SetUnixFileMode(file, UnixFileMode.None);
        File.SetUnixFileMode(folder["data/locked"], UnixFileMode.None);
        var hasher = FileHasher.Load(Cache);

        if (Environment.IsPrivilegedProcess)
        {
            // Root reads through mode 000 (CAP_DAC_OVERRIDE), so there is nothing unreadable to report here; the test
            // above covers REPRO0012 with inputs that are unreadable to root too.
            Assert.Equal(Sha256("s"), hasher.HashFile(file));
            Assert.Equal(2, hasher.HashDirectory(folder["data"]).Files.Count);
        }
        else
        {
            Assert.Equal(
                $"REPRO0012: Cannot read the input '{file}': permission denied. Make it readable by the user who runs the build, or fix the TrainingData item.",
                Assert.Throws<ReproException>(() => hasher.HashFile(file)).Diagnostic.ToString());
            Assert.Equal(
                $"REPRO0012: Cannot read the input '{folder["data/locked"]}': permission denied. Make it readable by the user who runs the build, or fix the TrainingData item.",
                Assert.Throws<ReproException>(() => hasher.HashDirectory(folder["data/locked"])).Diagnostic.ToString());
        }

        File.SetUnixFileMode(folder["data/locked"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
