using Reproducible.Core.IO;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Writes_only_when_the_content_changes()
    {
        var path = folder["deep/er/file.json"];

        Assert.True(AtomicFile.WriteIfChanged(path, "one\n"));
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));
        Assert.False(AtomicFile.WriteIfChanged(path, "one\n"));
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
        Assert.True(AtomicFile.WriteIfChanged(path, "two\n"));
        Assert.Equal("two\n", File.ReadAllText(path));
    }

    [Fact]
    public void Leaves_no_temporary_file_and_writes_no_byte_order_mark()
    {
        var path = folder["file.txt"];

        AtomicFile.WriteIfChanged(path, "é\n");

        Assert.Equal([0xC3, 0xA9, 0x0A], File.ReadAllBytes(path));
        Assert.Equal(["file.txt"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }
}
