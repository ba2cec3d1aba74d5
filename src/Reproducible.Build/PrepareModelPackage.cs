using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.Packaging;

namespace Reproducible.Build;

public sealed class PrepareModelPackage : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectFile { get; set; } = "";

    [Required]
    public string PackageId { get; set; } = "";

    public string? ModelVersion { get; set; }

    [Required]
    public string ModelDirectory { get; set; } = "";

    [Required]
    public string MetricsFile { get; set; } = "";

    [Required]
    public string LockFile { get; set; } = "";

    [Required]
    public string StagingDirectory { get; set; } = "";

    public string? SigningKey { get; set; }

    public bool SignProvenance { get; set; } = true;

    [Output]
    public string? PackageVersion { get; private set; }

    [Output]
    public string? DeterministicTimestamp { get; private set; }

    [Output]
    public ITaskItem[] PackageFiles { get; private set; } = [];

    public override bool Execute()
    {
        var request = new ModelPackageRequest(ProjectFile, PackageId, ModelVersion, Path.GetFullPath(ModelDirectory), Path.GetFullPath(MetricsFile), Path.GetFullPath(LockFile), Path.GetFullPath(StagingDirectory))
        {
            SigningKey = SigningKey,
            SignProvenance = SignProvenance,
        };
        if (ModelPackage.Prepare(request, new TaskLog(Log)) is { } package)
        {
            PackageVersion = package.Version;
            DeterministicTimestamp = package.Timestamp?.ToString(CultureInfo.InvariantCulture);
            PackageFiles = package.Files.Select(Item).ToArray();
        }

        return !Log.HasLoggedErrors;
    }

    // NuGet reads a PackagePath without a trailing slash as a folder unless its extension is the
    // file's, so every file is given its folder and keeps its own name.
    static TaskItem Item(PackageFile file)
    {
        var folder = Path.GetDirectoryName(file.PackagePath)?.Replace('\\', '/') ?? "";
        return new TaskItem(file.Source, new Dictionary<string, string> { ["PackagePath"] = folder.Length == 0 ? "/" : folder + "/" });
    }
}
