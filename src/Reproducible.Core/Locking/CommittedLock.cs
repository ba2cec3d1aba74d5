using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Locking;

// A lock as committed at a git ref: the baseline of the gates, and what tells a reviewed model
// from one whose inputs nobody committed.
public static class CommittedLock
{
    public static ModelLock Read(string reference, string lockFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(lockFile))!;
        if (Git(directory, "rev-parse", "--verify", "--quiet", reference + "^{commit}") is not (0, _))
        {
            throw new ReproException(Errors.BaselineUnavailable(reference, "no such commit, branch or tag in this repository", lockFile));
        }

        var (exitCode, text) = Git(directory, "show", $"{reference}:./{Path.GetFileName(lockFile)}");
        return exitCode == 0
            ? ModelLock.Parse(text, $"{lockFile} at {reference}")
            : throw new ReproException(Errors.BaselineUnavailable(reference, $"it has no {Path.GetFileName(lockFile)} beside the project", lockFile));
    }

    public static ModelLock? TryRead(string reference, string lockFile)
    {
        try
        {
            return Read(reference, lockFile);
        }
        catch (ReproException e) when (e.Diagnostic.Code == "REPRO0045")
        {
            return null;
        }
    }

    static (int ExitCode, string Output) Git(string directory, params string[] arguments)
    {
        try
        {
            return Platform.Git.Run(directory, arguments);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReproException(Errors.BaselineUnavailable(arguments[^1], $"git could not be started ({e.Message})", directory));
        }
    }
}
