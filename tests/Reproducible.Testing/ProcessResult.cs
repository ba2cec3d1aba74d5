namespace Reproducible.Testing;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public ProcessResult ShouldSucceed() =>
        ExitCode == 0 ? this : throw new Xunit.Sdk.XunitException($"The command exited with {ExitCode}:{Environment.NewLine}{Output}");

    public ProcessResult ShouldFail() =>
        ExitCode != 0 ? this : throw new Xunit.Sdk.XunitException($"The command succeeded but should have failed:{Environment.NewLine}{Output}");
}
