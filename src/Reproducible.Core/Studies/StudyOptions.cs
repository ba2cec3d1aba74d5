using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <param name="Trials">How many trials the study holds when done: a resumed study runs only the rest.</param>
/// <param name="Timeout">No trial starts after this; the running ones finish.</param>
public sealed record StudyOptions(string Name, string Metric, Direction Direction, int Trials, int Parallel = 1, int Seed = 0, TimeSpan? Timeout = null);
