using System.Globalization;
using Reproducible.Core.Platform;

namespace Reproducible.Core.Packaging;

// The time stamp every entry of the package gets: SOURCE_DATE_EPOCH when the caller fixes one, else
// the time of the commit being built, so that two clones of one commit pack the same bytes.
public static class SourceDate
{
    public static long? Find(string directory) =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? epoch : CommitTime(directory);

    static long? CommitTime(string directory)
    {
        try
        {
            return Git.Run(directory, "log", "-1", "--format=%ct") is (0, var output) && long.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var time) ? time : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
