using System.Text;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Packaging;
using Reproducible.Core.Provenance;
using Reproducible.Core.Tests.Packaging;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Provenance;

public sealed class ProvenanceWriterTests : IDisposable
{
    readonly TemporaryDirectory staging = new();
    readonly SigningKey key = Keys.NewSigningKey();

    public void Dispose()
    {
        staging.Dispose();
        key.Dispose();
    }

    PackageFile[] Stage(IEnumerable<(string Name, byte[] Content)> entries) =>
    [
        .. entries.Select(entry =>
        {
            var path = staging[entry.Name];
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, entry.Content);
            return new PackageFile(path, entry.Name);
        }),
    ];

    [Fact]
    public void Writes_a_signed_envelope_and_the_public_key_to_add_to_the_package()
    {
        var files = ProvenanceWriter.Write(Stage(TestPackage.Content()), staging["out"], TestPackage.Lock, key, TestPackage.Run);

        var envelope = DsseEnvelope.Parse(File.ReadAllText(files.EnvelopePath));
        using var publicKey = PublicKey.FromPem(File.ReadAllText(files.PublicKeyPath));
        Assert.True(envelope.IsSignedBy(publicKey));
        Assert.Equal(ProvenanceStatement.PayloadType, envelope.PayloadType);
        Assert.Equal(key.KeyId, files.KeyId);
        Assert.Equal([ProvenancePaths.Envelope, ProvenancePaths.PublicKey], files.PackageFiles.Select(file => file.PackagePath));
        Assert.EndsWith("}\n", File.ReadAllText(files.EnvelopePath), StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(files.EnvelopePath));
    }

    [Fact]
    public void Its_content_digest_is_the_one_the_pack_logs()
    {
        var files = Stage(TestPackage.Content());

        Assert.Equal(ModelPackage.ContentDigest(files), ProvenanceWriter.Write(files, staging["out"], TestPackage.Lock, key, TestPackage.Run).ContentDigest);
    }

    [Fact]
    public void Works_on_a_staging_folder_laid_out_as_the_package()
    {
        Stage(TestPackage.Content());

        var files = ProvenanceWriter.Write(staging.Path, TestPackage.Lock, key, TestPackage.Run);

        Assert.Equal(staging[Path.Combine("provenance", ProvenancePaths.EnvelopeFileName)], files.EnvelopePath);
        var claims = ProvenanceClaims.Parse(DsseEnvelope.Parse(File.ReadAllText(files.EnvelopePath)).Payload);
        Assert.Equal(["model/model.json", Subject.PackageContent], claims.Subjects.Select(subject => subject.Name));
    }

    [Fact]
    public void A_model_file_that_is_not_the_lock_s_is_REPRO0057()
    {
        var content = TestPackage.Content();
        content[0] = (content[0].Name, Encoding.UTF8.GetBytes("{}"));

        var error = Assert.Throws<ReproException>(() => ProvenanceWriter.Write(Stage(content), staging["out"], TestPackage.Lock, key, TestPackage.Run)).Diagnostic;

        Assert.Equal("REPRO0057", error.Code);
        Assert.Contains("model/model.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("provenance/extra.txt")]
    [InlineData("MODEL.LOCK.JSON")]
    public void A_path_that_cannot_be_in_the_package_is_REPRO0056(string packagePath)
    {
        var files = Stage(TestPackage.Content()).Append(new PackageFile(staging.Write("extra", "x"), packagePath)).ToArray();

        Assert.Equal("REPRO0056", Assert.Throws<ReproException>(() => ProvenanceWriter.Write(files, staging["out"], TestPackage.Lock, key, TestPackage.Run)).Diagnostic.Code);
    }

    [Fact]
    public void NuGet_s_own_parts_and_its_own_outputs_are_not_content()
    {
        var files = Stage(TestPackage.Content());
        var first = ProvenanceWriter.Write(files, staging["out"], TestPackage.Lock, key, TestPackage.Run);

        var again = ProvenanceWriter.Write([.. files, .. first.PackageFiles, new PackageFile(staging.Write("nuspec", "<package />"), "Model.nuspec")], staging["out"], TestPackage.Lock, key, TestPackage.Run);

        Assert.Equal(first.ContentDigest, again.ContentDigest);
    }

    [Fact]
    public void Lists_every_lock_input_as_a_resolved_dependency()
    {
        var files = ProvenanceWriter.Write(Stage(TestPackage.Content()), staging["out"], TestPackage.Lock, key, TestPackage.Run);
        var statement = Encoding.UTF8.GetString(DsseEnvelope.Parse(File.ReadAllText(files.EnvelopePath)).Payload);

        foreach (var path in TestPackage.Lock.Inputs.CodeFiles.Keys.Concat(TestPackage.Lock.Inputs.Data.Values.Select(data => data.Path)))
        {
            Assert.Contains($"\"name\": \"{path}\"", statement, StringComparison.Ordinal);
        }

        Assert.Contains("\"uri\": \"pkg:nuget/MathNet.Numerics@5.0.0\"", statement, StringComparison.Ordinal);
        Assert.Contains($"\"fingerprint\": \"{TestPackage.Lock.Fingerprint}\"", statement, StringComparison.Ordinal);
    }
}
