using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.Training;

namespace Reproducible.Build;

public sealed class TrainModel : Microsoft.Build.Utilities.Task, ICancelableTask
{
    readonly CancellationTokenSource cancellation = new();

    [Required]
    public string ProjectFile { get; set; } = "";

    public ITaskItem[] TrainingData { get; set; } = [];

    public ITaskItem[] Hyperparameters { get; set; } = [];

    public string? Seed { get; set; }

    public string? TrainCommand { get; set; }

    public string? TrainerAssembly { get; set; }

    [Required]
    public string DotNetHost { get; set; } = "";

    [Required]
    public string WorkDirectory { get; set; } = "";

    [Required]
    public string ModelDirectory { get; set; } = "";

    [Required]
    public string MetricsFile { get; set; } = "";

    public string? PythonHelperDirectory { get; set; }

    [Output]
    public ITaskItem[] ModelFiles { get; private set; } = [];

    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = [];

    public void Cancel() => cancellation.Cancel();

    public override bool Execute()
    {
        var request = new TrainingRequest(
            ProjectFile,
            TrainingData.Select(item => new DataItem(item.ItemSpec, item.GetMetadata("Name"))).ToArray(),
            Hyperparameters.Select(item => new ParameterItem(item.ItemSpec, item.GetMetadata("Value"))).ToArray(),
            Seed,
            TrainCommand,
            TrainerAssembly,
            DotNetHost,
            Path.GetFullPath(WorkDirectory),
            Path.GetFullPath(ModelDirectory),
            Path.GetFullPath(MetricsFile),
            PythonHelperDirectory is { Length: > 0 } helper ? Path.GetFullPath(helper) : null);
        try
        {
            if (ModelTrainer.Train(request, new TaskLog(Log), cancellation.Token) is { } result)
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
}
