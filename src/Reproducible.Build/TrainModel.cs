using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Platform;
using Reproducible.Core.Runs;
using Reproducible.Core.Training;

namespace Reproducible.Build;

public sealed class TrainModel : TrainerTask, ICancelableTask
{
    readonly CancellationTokenSource cancellation = new();

    [Required]
    public string ModelDirectory { get; set; } = "";

    [Required]
    public string MetricsFile { get; set; } = "";

    public ITaskItem[] CodeFiles { get; set; } = [];

    public string? AssetsFile { get; set; }

    public string? SdkVersion { get; set; }

    [Required]
    public string LockFile { get; set; } = "";

    public bool LockedMode { get; set; }

    public bool VerifyDeterminism { get; set; }

    public string? CacheRoot { get; set; }

    public string? EnvironmentPolicy { get; set; }

    public string? ToolAssembly { get; set; }

    public bool TrackRuns { get; set; }

    [Output]
    public ITaskItem[] ModelFiles { get; private set; } = [];

    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = [];

    public void Cancel() => cancellation.Cancel();

    public override bool Execute()
    {
        var log = new TaskLog(Log);
        if (!TryParsePolicy(out var policy))
        {
            log.Error(Errors.UnknownEnvironmentPolicy(EnvironmentPolicy!, ProjectFile));
            return false;
        }

        var request = new TrainingRequest(
            ProjectFile,
            Data,
            Hyperparameters.Select(item => new ParameterItem(item.ItemSpec, item.GetMetadata("Value"))).ToArray(),
            Seed,
            TrainCommand,
            TrainerAssembly,
            DotNetHost,
            Path.GetFullPath(WorkDirectory),
            Path.GetFullPath(ModelDirectory),
            Path.GetFullPath(MetricsFile),
            PythonHelperDirectory is { Length: > 0 } helper ? Path.GetFullPath(helper) : null)
        {
            CodeFiles = CodeFiles.Select(item => item.GetMetadata("FullPath")).ToArray(),
            AssetsFile = AssetsFile,
            SdkVersion = SdkVersion,
            LockFile = Path.GetFullPath(LockFile),
            LockedMode = LockedMode,
            VerifyDeterminism = VerifyDeterminism,
            CacheRoot = CacheRoot,
            EnvironmentPolicy = policy,
            Recording = TrackRuns && File.Exists(ToolAssembly) ? new RecordingOptions(ToolAssembly!, DotNetHost, Path.GetFullPath(WorkDirectory), RunStore) : null,
            Experiment = Experiment ?? "",
        };
        try
        {
            if (ModelBuild.Run(request, log, cancellation.Token) is { } result)
            {
                ModelFiles = result.ModelFiles.Select(file => new TaskItem(file)).ToArray();
                WrittenFiles = [.. ModelFiles, new TaskItem(result.MetricsFile)];
            }
        }
        catch (OperationCanceledException)
        {
            Log.LogWarning("Training was cancelled; no model was kept.");
        }

        return !Log.HasLoggedErrors;
    }

    bool TryParsePolicy(out EnvironmentPolicy policy)
    {
        policy = Core.Platform.EnvironmentPolicy.Standard;
        return string.IsNullOrWhiteSpace(EnvironmentPolicy)
            || (Enum.TryParse(EnvironmentPolicy.Trim(), ignoreCase: true, out policy) && Enum.IsDefined(policy));
    }
}
