using Reproducible.Core.IO;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.IO;

public sealed class ModelDirectoryTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Lists_files_relative_sorted_with_forward_slashes()
    {
        folder.Write("m/b.bin", "");
        folder.Write("m/a/z.bin", "");
        folder.Write("m/A.bin", "");

        Assert.Equal(["A.bin", "a/z.bin", "b.bin"], ModelDirectory.Files(folder["m"]));
        Assert.Empty(ModelDirectory.Files(folder["none"]));
    }

    [Fact]
    public void Publishing_swaps_the_whole_folder_and_leaves_no_staging_folder()
    {
        folder.Write("out/model.json", "new");
        folder.Write("out/sub/w.bin", "w");
        folder.Write("bin/model/stale.bin", "old");

        var published = ModelDirectory.Publish(folder["out"], folder["bin/model"]);

        Assert.Equal([folder["bin/model/model.json"], folder["bin/model/sub/w.bin"]], published);
        Assert.Equal(["model.json", "sub/w.bin"], ModelDirectory.Files(folder["bin/model"]));
        Assert.Equal(["model"], Directory.EnumerateDirectories(folder["bin"]).Select(Path.GetFileName));
    }

    [Fact]
    public void Removing_also_clears_what_an_interrupted_publish_left()
    {
        folder.Write("bin/model/model.json", "");
        folder.Write("bin/model.new-0123/model.json", "");
        folder.Write("bin/model.old-4567/model.json", "");
        folder.Write("bin/other/keep.txt", "");

        ModelDirectory.Remove(folder["bin/model"]);

        Assert.Equal(["other"], Directory.EnumerateDirectories(folder["bin"]).Select(Path.GetFileName));
    }
}
