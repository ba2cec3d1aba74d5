using System.Text;
using Reproducible.Core.Hashing;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Hashing;

public sealed class DirectoryDigestTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_manifest_is_sha256sum_output_sorted_ordinally_and_the_digest_is_its_hash()
    {
        folder.Write("data/b.csv", "b\n");
        folder.Write("data/a/z.csv", "z\n");
        folder.Write("data/B.csv", "B\n");
        folder.Write("data/.hidden", "h\n");
        Directory.CreateDirectory(folder["data/empty"]);
        string[] sorted = [".hidden", "B.csv", "a/z.csv", "b.csv"];

        var digest = FileHasher.Load(folder["cache"]).HashDirectory(folder["data"]);

        var sha256sum = Command.Run("sha256sum", sorted, folder["data"]).ShouldSucceed().Output;
        Assert.Equal(sha256sum, DirectoryDigest.Manifest(digest.Files));
        Assert.Equal(sorted, digest.Files.Select(file => file.RelativePath));
        Assert.Equal(Sha256File.Compute(Encoding.UTF8.GetBytes(sha256sum)), digest.Digest);
    }

    [Fact]
    public void Hashes_files_reached_through_links_but_does_not_enter_linked_folders()
    {
        folder.Write("data/a.csv", "a\n");
        folder.Write("elsewhere/far.csv", "far\n");
        folder.Write("elsewhere/inside/deep.csv", "deep\n");
        File.CreateSymbolicLink(folder["data/far.csv"], folder["elsewhere/far.csv"]);
        Directory.CreateSymbolicLink(folder["data/linked"], folder["elsewhere/inside"]);
        Directory.CreateSymbolicLink(folder["data/cycle"], folder["data"]);

        var digest = FileHasher.Load(folder["cache"]).HashDirectory(folder["data"]);

        Assert.Equal([("a.csv", Sha256File.Compute("a\n"u8)), ("far.csv", Sha256File.Compute("far\n"u8))], digest.Files);
    }

    [Fact]
    public void Follows_a_link_that_is_the_folder_itself()
    {
        folder.Write("data/a.csv", "a\n");
        Directory.CreateSymbolicLink(folder["alias"], folder["data"]);
        var hasher = FileHasher.Load(folder["cache"]);

        Assert.Equal(hasher.HashDirectory(folder["data"]).Digest, hasher.HashDirectory(folder["alias"]).Digest);
    }

    [Fact]
    public void An_empty_folder_has_the_digest_of_an_empty_manifest()
    {
        Directory.CreateDirectory(folder["data/sub"]);

        var digest = FileHasher.Load(folder["cache"]).HashDirectory(folder["data"]);

        Assert.Equal(Sha256File.Compute([]), digest.Digest);
        Assert.Empty(digest.Files);
    }
}
