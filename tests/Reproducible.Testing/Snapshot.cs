using System.Runtime.CompilerServices;
using Xunit;

namespace Reproducible.Testing;

/// <summary>
/// Snapshot assertions the Verify way: the expected text lives in <c>Class.Method.verified.ext</c>
/// beside the test's source file; a mismatch writes <c>.received.ext</c> next to it, to diff and,
/// if right, rename over the verified file. REPRO_ACCEPT_SNAPSHOTS=1 accepts every received file.
/// </summary>
public static class Snapshot
{
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var stem = Path.Combine(Path.GetDirectoryName(sourceFile)!, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name ?? member}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("REPRO_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"The snapshot differs from {Path.GetFileName(verified)}. Compare it with {Path.GetFileName(received)}; if the change is right, rename the received file over the verified one.{Environment.NewLine}{FirstDifference(File.ReadAllText(verified).ReplaceLineEndings("\n"), normalized)}"
            : $"There is no snapshot {Path.GetFileName(verified)} yet. Review {Path.GetFileName(received)} and rename it to accept it.");
    }

    static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"First difference on line {i + 1}:{Environment.NewLine}  verified: {e}{Environment.NewLine}  received: {a}";
            }
        }

        return "";
    }
}
