using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

static class Exits
{
    public static ProcessResult ShouldExitWith(this ProcessResult result, int exitCode) =>
        result.ExitCode == exitCode ? result : throw new Xunit.Sdk.XunitException($"The command exited with {result.ExitCode}, not {exitCode}:{Environment.NewLine}{result.Output}");
}
