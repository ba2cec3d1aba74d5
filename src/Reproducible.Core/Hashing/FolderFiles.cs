namespace Reproducible.Core.Hashing;

static class FolderFiles
{
    static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    // Links to files are listed (their content is hashed); links to folders are not followed, as they can form
    // cycles, which Directory.EnumerateFiles would walk forever.
    public static IReadOnlyList<string> Below(string directory)
    {
        var files = new List<string>();
        Collect(directory, files);
        return files;
    }

    static void Collect(string directory, List<string> files)
    {
        foreach (var entry in Entries(directory))
        {
            if (entry is FileInfo)
            {
                files.Add(entry.FullName);
            }
            else if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Collect(entry.FullName, files);
            }
        }
    }

    static FileSystemInfo[] Entries(string directory)
    {
        try
        {
            return new DirectoryInfo(directory).GetFileSystemInfos("*", EveryEntry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputError.Unreadable(directory, e);
        }
    }
}
