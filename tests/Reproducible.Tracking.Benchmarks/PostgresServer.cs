using System.Diagnostics;

namespace Reproducible.Tracking.Benchmarks;

/// <summary>The server given on the command line, or a throw-away one that build/postgres.sh starts and this stops.</summary>
sealed class PostgresServer : IDisposable
{
    readonly bool started;

    public PostgresServer(string? connectionString)
    {
        started = connectionString is null;
        ConnectionString = connectionString ?? Script("start").Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("Host=", StringComparison.Ordinal));
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (started)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Script("stop", ConnectionString);
        }
    }

    static string Script(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "build", "postgres.sh")) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"build/postgres.sh {string.Join(' ', arguments)} exited with {process.ExitCode}.");
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reproducible.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Reproducible.sln above {AppContext.BaseDirectory}.");
    }
}
