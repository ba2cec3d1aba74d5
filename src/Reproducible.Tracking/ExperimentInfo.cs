namespace Reproducible.Tracking;

public sealed record ExperimentInfo(long Id, string Name, long CreatedAt, int RunCount);
