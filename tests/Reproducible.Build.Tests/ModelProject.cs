using Reproducible.Testing;

namespace Reproducible.Build.Tests;

/// <summary>A model project in a folder of its own that takes the plugin from the freshly packed feed, as a user's project would.</summary>
public sealed class ModelProject
{
    readonly PackedPlugin plugin;

    ModelProject(PackedPlugin plugin, string directory, string projectFileName, bool configure = true)
    {
        this.plugin = plugin;
        System.IO.Directory.CreateDirectory(directory);
        Directory = directory;
        ProjectFile = Path.Combine(directory, projectFileName);
        if (!configure)
        {
            return;
        }

        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="reproducible-under-test" value="{plugin.Feed}" />
              </packageSources>
            </configuration>
            """);
        Write("Directory.Build.props", $"<Project><PropertyGroup><ReproducibleVersion>{plugin.Version}</ReproducibleVersion><ReproCacheRoot>$(MSBuildThisFileDirectory)../cache/</ReproCacheRoot></PropertyGroup></Project>");
        Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string ModelDirectory => Path.Combine(OutputDirectory, "model");

    public string MetricsFile => Path.Combine(OutputDirectory, "metrics.json");

    public string LockFile => Path.Combine(Directory, "model.lock.json");

    public string CacheRoot => Path.Combine(Directory, "..", "cache");

    public string EvaluationReport => Path.Combine(OutputDirectory, "evaluation.md");

    public static ModelProject Existing(PackedPlugin plugin, string directory, string projectFileName) => new(plugin, directory, projectFileName, configure: false);

    public static ModelProject FromSample(PackedPlugin plugin, string sample)
    {
        var root = plugin.NewProjectDirectory(sample);
        CopyTree(RepositoryRoot.Combine("samples", "data"), Path.Combine(root, "data"));
        var directory = Path.Combine(root, sample);
        CopyTree(RepositoryRoot.Combine("samples", sample), directory);
        return new ModelProject(plugin, directory, sample + ".csproj");
    }

    public static ModelProject Create(PackedPlugin plugin, string name, string properties, string items, params (string Path, string Content)[] files)
    {
        var project = new ModelProject(plugin, Path.Combine(plugin.NewProjectDirectory(name), name), name + ".csproj");
        project.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Reproducible.Build" Version="$(ReproducibleVersion)" PrivateAssets="all" />
            {items}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            project.Write(path, content);
        }

        return project;
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public ProcessResult Build(params string[] arguments) => plugin.DotNet(Directory, ["build", .. arguments]);

    public ProcessResult Build(string[] arguments, IReadOnlyDictionary<string, string?>? environment = null) => plugin.DotNet(Directory, environment ?? new Dictionary<string, string?>(), ["build", .. arguments]);

    public ProcessResult DotNet(params string[] arguments) => plugin.DotNet(Directory, arguments);

    public ProcessResult Build(IReadOnlyDictionary<string, string?> environment, params string[] arguments) => plugin.DotNet(Directory, environment, ["build", .. arguments]);

    public ProcessResult Git(params string[] arguments) =>
        Command.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. arguments], Directory).ShouldSucceed();

    static void CopyTree(string source, string destination)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj" or "__pycache__")
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
