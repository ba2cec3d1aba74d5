namespace Reproducible.Core.Packaging;

public enum VerificationStatus
{
    Passed,
    Failed,
    Note,
}
