using System.Diagnostics;
using System.Text.RegularExpressions;
using Reproducible.Testing;

namespace Reproducible.Build.Tests;

/// <summary>The plugin packed fresh from this checkout into a feed of its own, with a NuGet package folder and a home folder that nothing else uses.</summary>
public sealed partial class PackedPlugin : IDisposable
{
    static readonly string[] InheritedMSBuildVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    readonly TemporaryDirectory root = new("repro-e2e");

    public PackedPlugin()
    {
        Directory.CreateDirectory(Home);
        foreach (var project in new[] { "Reproducible.Build", "Reproducible.Training" })
        {
            Command.Run("dotnet", ["pack", RepositoryRoot.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", Feed, "--nologo", "-v:quiet", "-nodeReuse:false"], RepositoryRoot.Path, Scrubbed()).ShouldSucceed();
        }

        Version = Directory.EnumerateFiles(Feed, "Reproducible.Build.*.nupkg").Select(file => PackageVersion().Match(Path.GetFileName(file)).Groups[1].Value).Single();
    }

    public string Feed => root["feed"];

    public string Packages => root["packages"];

    public string Home => root["home"];

    public string Version { get; }

    public string NewProjectDirectory(string name) => Directory.CreateDirectory(Path.Combine(root.Path, "projects", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)])).FullName;

    public ProcessResult DotNet(string workingDirectory, params string[] arguments) =>
        DotNet(workingDirectory, new Dictionary<string, string?>(), arguments);

    public ProcessResult DotNet(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var isolated = Isolated();
        foreach (var (name, value) in environment)
        {
            isolated[name] = value;
        }

        return Command.Run("dotnet", [.. arguments, "-nodeReuse:false"], workingDirectory, isolated);
    }

    /// <summary>Starts dotnet without waiting for it, for tests that stop it midway; its output is read and dropped.</summary>
    public Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Append("-nodeReuse:false"))
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Isolated().Concat(environment))
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose() => root.Dispose();

    static Dictionary<string, string?> Scrubbed()
    {
        var environment = InheritedMSBuildVariables.ToDictionary(name => name, string? (_) => null);
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        return environment;
    }

    public Dictionary<string, string?> Isolated()
    {
        var environment = Scrubbed();
        environment["HOME"] = Home;
        environment["DOTNET_CLI_HOME"] = Home;
        environment["NUGET_PACKAGES"] = Packages;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["MSBUILDTERMINALLOGGER"] = "off";
        return environment;
    }

    [GeneratedRegex(@"^Reproducible\.Build\.(.+)\.nupkg$")]
    private static partial Regex PackageVersion();
}

[CollectionDefinition(Name)]
public sealed class PluginCollection : ICollectionFixture<PackedPlugin>
{
    public const string Name = "packed plugin";
}
