using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.Evaluation;

namespace Reproducible.Build;

public sealed class EvaluateModel : Microsoft.Build.Utilities.Task
{
    [Required]
    public string Model { get; set; } = "";

    [Required]
    public string ProjectFile { get; set; } = "";

    public ITaskItem[] Gates { get; set; } = [];

    [Required]
    public string MetricsSource { get; set; } = "";

    public bool MetricsFromLock { get; set; }

    [Required]
    public string LockFile { get; set; } = "";

    public string? BaselineRef { get; set; }

    [Required]
    public string MarkdownReport { get; set; } = "";

    [Required]
    public string JsonReport { get; set; } = "";

    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = [];

    public override bool Execute()
    {
        var request = new EvaluationRequest(
            Model,
            ProjectFile,
            Gates.Select(item => new GateItem(item.ItemSpec, item.GetMetadata("Minimum"), item.GetMetadata("Maximum"), item.GetMetadata("NoWorseThan"), item.GetMetadata("Tolerance"), item.GetMetadata("HigherIsBetter"))).ToArray(),
            Path.GetFullPath(MetricsSource),
            MetricsFromLock,
            Path.GetFullPath(LockFile),
            BaselineRef,
            Path.GetFullPath(MarkdownReport),
            Path.GetFullPath(JsonReport),
            Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"));
        if (ModelEvaluation.Run(request, new TaskLog(Log)) is not null)
        {
            WrittenFiles = [new TaskItem(request.MarkdownReport), new TaskItem(request.JsonReport)];
        }

        return !Log.HasLoggedErrors;
    }
}
