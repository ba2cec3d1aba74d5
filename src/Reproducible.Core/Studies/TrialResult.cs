using Reproducible.Core.Runs;
using Reproducible.Core.Tuning;
using Reproducible.Training;

namespace Reproducible.Core.Studies;

/// <summary>How a trial ended: its state, the study metric's value, everything the trainer reported (time in Unix ms), and why it failed.</summary>
public sealed record TrialResult(
    TrialState State,
    double? Value,
    IReadOnlyList<(MetricReport Report, long Time)> Metrics,
    string? Error = null,
    IReadOnlyList<BuildRunArtifact>? Artifacts = null)
{
    public IReadOnlyList<BuildRunArtifact> Artifacts { get; init; } = Artifacts ?? [];

    /// <summary>The file that holds the trainer's output, when there is one.</summary>
    public string? LogFile { get; init; }

    /// <summary>The trial was stopped from outside (the study was cancelled): it neither finished nor failed.</summary>
    public bool Interrupted { get; init; }
}
