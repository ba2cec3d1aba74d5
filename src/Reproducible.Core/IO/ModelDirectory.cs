namespace Reproducible.Core.IO;

public static class ModelDirectory
{
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    public static IReadOnlyList<string> Publish(string source, string target)
    {
        var files = Files(source);
        var staged = Sibling(target, "new");
        foreach (var file in files)
        {
            var destination = Path.Combine(staged, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(source, file), destination);
        }

        Directory.CreateDirectory(staged);
        var retired = Sibling(target, "old");
        if (Directory.Exists(target))
        {
            Directory.Move(target, retired);
        }

        Directory.Move(staged, target);
        DeleteTree(retired);
        return files.Select(file => Path.Combine(target, file)).ToArray();
    }

    public static void Remove(string target)
    {
        var retired = Sibling(target, "old");
        if (Directory.Exists(target))
        {
            Directory.Move(target, retired);
        }

        DeleteTree(retired);
        RemoveLeftovers(target);
    }

    public static void Reset(string directory)
    {
        DeleteTree(directory);
        Directory.CreateDirectory(directory);
    }

    static void RemoveLeftovers(string target)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(target)))!;
        if (Directory.Exists(parent))
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, Path.GetFileName(Path.TrimEndingDirectorySeparator(target)) + ".*-*"))
            {
                DeleteTree(leftover);
            }
        }
    }

    static string Sibling(string target, string role) =>
        $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(target))}.{role}-{Guid.NewGuid():N}";

    static void DeleteTree(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
