using Reproducible.Core.Diagnostics;

namespace Reproducible.Tool.Tuning;

/// <summary>One tune process per study: two would both think they own the running trials, and resume would kill the other's.</summary>
static class StudyLock
{
    public static IDisposable Take(string directory, string study)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "study.lock");
        try
        {
            return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new ReproException(Errors.StudyBusy(study, file));
        }
    }
}
