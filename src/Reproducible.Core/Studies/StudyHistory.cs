using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <param name="Finished">The trials that finished before: complete, pruned or failed.</param>
/// <param name="NextNumber">The number the next trial takes; interrupted trials keep theirs, so numbers are never reused.</param>
public sealed record StudyHistory(IReadOnlyList<Trial> Finished, int NextNumber)
{
    public static StudyHistory Empty { get; } = new([], 0);
}
