using Reproducible.Core.Locking;

namespace Reproducible.Core.Evaluation;

// The baseline is the model's lock as committed at a git ref: the metrics of the model that is
// already shipped, or already on the main branch.
public static class BaselineReader
{
    public static Baseline Read(string reference, string lockFile) =>
        new(reference, CommittedLock.Read(reference, lockFile).Outputs.Metrics);
}
