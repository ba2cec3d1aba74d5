using Reproducible.Core.Diagnostics;
using Reproducible.Core.Packaging;

namespace Reproducible.Core.Tests.Packaging;

public class ModelPackageVersionTests
{
    static readonly string Fingerprint = "3b1f0c2d4e5f" + new string('0', 52);

    [Theory]
    [InlineData("1.2.0", true, "1.2.0+fp.3b1f0c2d4e5f")]
    [InlineData("1.2.0", false, "1.2.0-uncommitted+fp.3b1f0c2d4e5f")]
    [InlineData("2.0.0-beta.1", true, "2.0.0-beta.1+fp.3b1f0c2d4e5f")]
    [InlineData("2.0.0-beta.1", false, "2.0.0-beta.1.uncommitted+fp.3b1f0c2d4e5f")]
    [InlineData(" 1.0.0 ", true, "1.0.0+fp.3b1f0c2d4e5f")]
    public void Carries_the_fingerprint_and_marks_uncommitted_inputs_as_pre_release(string modelVersion, bool committed, string expected) =>
        Assert.Equal(expected, ModelPackageVersion.Compute(modelVersion, Fingerprint, committed, "/p.csproj").ToFullString());

    [Fact]
    public void An_uncommitted_model_sorts_below_the_release_it_would_become() =>
        Assert.True(ModelPackageVersion.Compute("1.2.0", Fingerprint, false, "/p") < ModelPackageVersion.Compute("1.2.0", Fingerprint, true, "/p"));

    [Theory]
    [InlineData("1.2", "REPRO0071")]
    [InlineData("one", "REPRO0071")]
    [InlineData("1.2.0+build.5", "REPRO0071")]
    [InlineData("01.2.0", "REPRO0071")]
    [InlineData("", "REPRO0070")]
    [InlineData(null, "REPRO0070")]
    public void Rejects_what_is_not_a_semantic_version(string? modelVersion, string code) =>
        Assert.Equal(code, Assert.Throws<ReproException>(() => ModelPackageVersion.Compute(modelVersion, Fingerprint, true, "/p")).Diagnostic.Code);
}
