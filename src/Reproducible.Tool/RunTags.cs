using Reproducible.Core.Platform;

namespace Reproducible.Tool;

// Who ran it, where, and from which commit: added by the tool, so every way of recording a run tags it alike.
static class RunTags
{
    public static IEnumerable<KeyValuePair<string, string>> Of(string projectDirectory) => MachineTags().Concat(GitTags(projectDirectory));

    static IEnumerable<KeyValuePair<string, string>> MachineTags() =>
    [
        KeyValuePair.Create("user", Environment.UserName),
        KeyValuePair.Create("host", Environment.MachineName),
    ];

    static IEnumerable<KeyValuePair<string, string>> GitTags(string directory)
    {
        string? Ask(params string[] arguments)
        {
            try
            {
                return Git.Run(directory, arguments) is (0, var output) ? output.Trim() : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        if (Ask("rev-parse", "HEAD") is not { Length: > 0 } commit)
        {
            yield break;
        }

        yield return KeyValuePair.Create("git.commit", commit);
        if (Ask("rev-parse", "--abbrev-ref", "HEAD") is { Length: > 0 } branch)
        {
            yield return KeyValuePair.Create("git.branch", branch);
        }

        yield return KeyValuePair.Create("git.dirty", Ask("status", "--porcelain", "--untracked-files=no") is { Length: > 0 } ? "true" : "false");
        if (Ask("remote", "get-url", "origin") is { Length: > 0 } remote)
        {
            yield return KeyValuePair.Create("git.repository", remote);
        }
    }
}
