using System.Runtime.InteropServices;

namespace Reproducible.Core.Hashing;

// Times are nanoseconds since the Unix epoch. Inode and ChangedNs are 0 where only FileInfo is available.
readonly record struct FileStat(FileKind Kind, long Size, long ModifiedNs, long ChangedNs, long Inode)
{
    const int AtCurrentDirectory = -100;
    const uint BasicStats = 0x7ff;
    const int NoSuchFile = 2, PermissionDenied = 13, NotADirectory = 20, NotImplemented = 38, NotPermitted = 1;

    static readonly FileStat Missing = new(FileKind.Missing, 0, 0, 0, 0);

    static volatile bool statxWorks = OperatingSystem.IsLinux();

    // Follows symbolic links, like stat(2).
    public static FileStat Read(string path) => statxWorks ? ReadWithStatx(path) ?? ReadWithFileInfo(path) : ReadWithFileInfo(path);

    public static long ToUnixNs(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks * 100;

    internal static FileStat ReadWithFileInfo(string path)
    {
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        if (Directory.Exists(target))
        {
            return new(FileKind.Directory, 0, 0, 0, 0);
        }

        var info = new FileInfo(target);
        return info.Exists ? new(FileKind.File, info.Length, ToUnixNs(info.LastWriteTimeUtc), 0, 0) : Missing;
    }

    static FileStat? ReadWithStatx(string path)
    {
        int result;
        StatxBuffer buffer;
        try
        {
            result = Statx(AtCurrentDirectory, path, 0, BasicStats, out buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            statxWorks = false;
            return null;
        }

        if (result == 0)
        {
            return new(KindOf(buffer.Mode), (long)buffer.Size, buffer.ModifiedSeconds * 1_000_000_000 + buffer.ModifiedNanoseconds, buffer.ChangedSeconds * 1_000_000_000 + buffer.ChangedNanoseconds, (long)buffer.Inode);
        }

        var error = Marshal.GetLastPInvokeError();
        switch (error)
        {
            case NoSuchFile or NotADirectory:
                return Missing;
            case PermissionDenied:
                throw new UnauthorizedAccessException(Marshal.GetPInvokeErrorMessage(error));
            case NotImplemented or NotPermitted:
                // An old kernel, or a container whose seccomp profile predates statx.
                statxWorks = false;
                return null;
            default:
                throw new IOException(Marshal.GetPInvokeErrorMessage(error));
        }
    }

    static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.File,
        0x4000 => FileKind.Directory,
        _ => FileKind.Other,
    };

    // statx rather than stat: its struct is the same on every Linux architecture, and it is the
    // kernel's ABI, unlike the runtime's SystemNative_Stat, whose FileStatus changes between .NET versions.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    readonly struct StatxBuffer
    {
        [FieldOffset(0x1C)] public readonly ushort Mode;
        [FieldOffset(0x20)] public readonly ulong Inode;
        [FieldOffset(0x28)] public readonly ulong Size;
        [FieldOffset(0x60)] public readonly long ChangedSeconds;
        [FieldOffset(0x68)] public readonly uint ChangedNanoseconds;
        [FieldOffset(0x70)] public readonly long ModifiedSeconds;
        [FieldOffset(0x78)] public readonly uint ModifiedNanoseconds;
    }
}
