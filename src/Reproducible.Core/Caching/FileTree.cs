using Reproducible.Core.IO;

namespace Reproducible.Core.Caching;

static class FileTree
{
    public static bool IsFailure(Exception exception) => exception is IOException or UnauthorizedAccessException;

    public static int Copy(string source, string target)
    {
        var files = ModelDirectory.Files(source);
        foreach (var file in files)
        {
            var destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(source, file), destination);
        }

        return files.Count;
    }

    // Only ever called on folders this build made for itself: what it cannot delete now is garbage, not a failure.
    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (IsFailure(e))
        {
        }
    }
}
