namespace Reproducible.Core.Tuning;

public enum TrialState
{
    Running,
    Complete,
    Pruned,
    Failed,
}
