using Microsoft.Build.Framework;
using Reproducible.Core.Training;

namespace Reproducible.Build;

/// <summary>What every task that trains, or plans trainings, is told about the trainer and its inputs.</summary>
public abstract class TrainerTask : Microsoft.Build.Utilities.Task
{
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

    public string? PythonHelperDirectory { get; set; }

    public string? Experiment { get; set; }

    public string? RunStore { get; set; }

    protected DataItem[] Data => [.. TrainingData.Select(item => new DataItem(item.ItemSpec, item.GetMetadata("Name")))];
}
