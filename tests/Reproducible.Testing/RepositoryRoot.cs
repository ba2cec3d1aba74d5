namespace Reproducible.Testing;

public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Reproducible.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Reproducible.sln above {start}.");
    }
}
