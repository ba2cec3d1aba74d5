namespace Reproducible.Benchmarks;

// samples/ laid out again under a temporary folder, beside copies of build/Version.props and of the packed plugin,
// so that the samples' relative paths (../build, ../artifacts) resolve as in the repository. The sample is copied
// twice: a build without the plugin lists no model among its outputs, so IncrementalClean would delete the model of
// a folder shared with builds that have it, and the next build with the plugin would restore it.
sealed record SampleCopy(string WithPlugin, string WithoutPlugin, IReadOnlyDictionary<string, string> Environment)
{
    public static SampleCopy Create(string root, string repositoryRoot)
    {
        var samples = Path.Combine(repositoryRoot, "samples");
        var copy = Path.Combine(root, "samples");
        CopyTree(Path.Combine(repositoryRoot, "artifacts", "packages"), Path.Combine(root, "artifacts", "packages"));
        CopyFile(Path.Combine(repositoryRoot, "build", "Version.props"), Path.Combine(root, "build", "Version.props"));
        foreach (var name in new[] { "nuget.config", "Directory.Build.props", "Directory.Packages.props" })
        {
            CopyFile(Path.Combine(samples, name), Path.Combine(copy, name));
        }

        CopyTree(Path.Combine(samples, "data"), Path.Combine(copy, "data"));
        var withPlugin = Path.Combine(copy, "FraudDetection");
        var withoutPlugin = Path.Combine(copy, "FraudDetectionWithoutPlugin");
        CopyTree(Path.Combine(samples, "FraudDetection"), withPlugin);
        CopyTree(Path.Combine(samples, "FraudDetection"), withoutPlugin);
        return new SampleCopy(withPlugin, withoutPlugin, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages"),
            ["REPRO_CACHE_DIR"] = Path.Combine(root, "result-cache"),
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });
    }

    static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
        {
            CopyTree(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }

    static void CopyFile(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }
}
