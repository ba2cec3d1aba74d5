using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Hashing;

static class InputError
{
    public static ReproException Unreadable(string path, Exception cause) =>
        Unreadable(path, cause is UnauthorizedAccessException ? "permission denied" : cause.Message.TrimEnd('.'));

    public static ReproException Unreadable(string path, string reason) => new(Errors.UnreadableData(path, reason));

    public static ReproException Missing(string path) =>
        BrokenLinkTarget(path) is { } target
            ? new(Errors.BrokenLink(path, target))
            : Unreadable(path, "it does not exist");

    public static ReproException WrongKind(string path, FileKind kind) => Unreadable(path, kind switch
    {
        FileKind.Directory => "it is a folder, not a file",
        FileKind.File => "it is a file, not a folder",
        _ => "it is not a regular file but a device, pipe or socket",
    });

    static string? BrokenLinkTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
