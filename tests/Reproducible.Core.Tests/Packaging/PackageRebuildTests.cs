using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;
using Reproducible.Core.Packaging;
using Reproducible.Core.Provenance;
using Reproducible.Core.Tests.Provenance;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Packaging;

public sealed class PackageRebuildTests : IDisposable
{
    readonly TemporaryDirectory folder = new();
    readonly SigningKey key = Keys.NewSigningKey();

    public void Dispose()
    {
        folder.Dispose();
        key.Dispose();
    }

    string Package() => TestPackage.Zip(folder["p.nupkg"], TestPackage.Entries(key));

    string Project(ModelLock modelLock)
    {
        folder.Write("project/Model.csproj", "<Project />");
        return folder.Write($"project/{ModelLock.FileName}", modelLock.ToJson());
    }

    string Trained(byte[] model)
    {
        File.WriteAllBytes(folder.Write("project/bin/model/model.json", ""), model);
        return folder["project/bin/model"];
    }

    [Fact]
    public void A_project_at_other_inputs_is_not_rebuilt()
    {
        Project(TestPackage.Lock with { Inputs = TestPackage.Lock.Inputs with { Seed = 1 } });

        var result = PackageVerifier.Rebuild(Package(), folder["project/Model.csproj"], _ => throw new InvalidOperationException("must not build"));

        var failure = Assert.Single(result.Findings, finding => finding.Failed);
        Assert.Equal("REPRO0068", failure.Code);
        Assert.Contains("not at the inputs the package was built from", failure.Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationResult.NotVerified, result.ExitCode);
    }

    [Fact]
    public void A_project_without_a_lock_is_not_rebuilt()
    {
        folder.Write("project/Model.csproj", "<Project />");

        Assert.Equal("REPRO0068", PackageVerifier.Rebuild(Package(), folder["project"], _ => throw new InvalidOperationException()).Findings.Single().Code);
    }

    [Fact]
    public void A_rebuild_bit_for_bit_the_package_s_model_passes()
    {
        Project(TestPackage.Lock);

        var result = PackageVerifier.Rebuild(Package(), folder["project"], _ => Trained(TestPackage.Model));

        Assert.Equal(VerificationResult.Verified, result.ExitCode);
        Assert.Contains(result.Findings, finding => finding.Check == "rebuilt model/model.json");
    }

    [Fact]
    public void A_rebuild_that_differs_fails_naming_the_file()
    {
        Project(TestPackage.Lock);

        var result = PackageVerifier.Rebuild(Package(), folder["project"], _ => Trained([1, 2, 3]));

        var failure = Assert.Single(result.Findings, finding => finding.Failed);
        Assert.Equal(("rebuilt model/model.json", "REPRO0069"), (failure.Check, failure.Code));
    }

    [Fact]
    public void A_failed_build_fails_the_rebuild()
    {
        Project(TestPackage.Lock);

        var result = PackageVerifier.Rebuild(Package(), folder["project"], _ => throw new ReproException(Errors.RebuildDiffers("the build failed")));

        Assert.Equal("REPRO0069", Assert.Single(result.Findings, finding => finding.Failed).Code);
    }

    [Fact]
    public void A_missing_project_is_exit_code_2() =>
        Assert.Equal(VerificationResult.Unusable, PackageVerifier.Rebuild(Package(), folder["absent"], _ => "").ExitCode);
}
