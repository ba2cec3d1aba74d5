using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.IO;
using Reproducible.Core.Studies;
using Reproducible.Core.Training;

namespace Reproducible.Build;

// The study itself runs in the tool, out of MSBuild's process: trials can take hours, and the
// store's drivers must never load into a build.
public sealed class WriteTuningPlan : TrainerTask
{
    [Required]
    public string PlanFile { get; set; } = "";

    public ITaskItem[] SearchSpace { get; set; } = [];

    public string? Metric { get; set; }

    public string? Direction { get; set; }

    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = [];

    public override bool Execute()
    {
        var plan = new TuningPlan(
            TuningPlan.CurrentSchemaVersion,
            Path.GetFullPath(ProjectFile),
            string.IsNullOrWhiteSpace(Experiment) ? Path.GetFileNameWithoutExtension(ProjectFile) : Experiment,
            Path.GetFullPath(WorkDirectory),
            DotNetHost,
            Blank(TrainCommand),
            Blank(TrainerAssembly),
            Blank(PythonHelperDirectory) is { } helper ? Path.GetFullPath(helper) : null,
            Blank(Seed),
            Data,
            [.. Hyperparameters.Select(item => new PlannedParameter(item.ItemSpec, item.GetMetadata("Value"), item.GetMetadata("DefiningProjectFullPath")))],
            [.. SearchSpace.Select(item => new SearchSpaceItem(
                item.ItemSpec, Metadata(item, "Type"), Metadata(item, "Low"), Metadata(item, "High"), Metadata(item, "Step"), Metadata(item, "Log"), Metadata(item, "Choices")))])
        {
            Store = Blank(RunStore),
            Metric = Blank(Metric),
            Direction = Blank(Direction),
        };
        AtomicFile.WriteIfChanged(Path.GetFullPath(PlanFile), plan.ToJson());
        WrittenFiles = [new TaskItem(PlanFile)];
        return true;
    }

    static string? Metadata(ITaskItem item, string name) => Blank(item.GetMetadata(name));

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
