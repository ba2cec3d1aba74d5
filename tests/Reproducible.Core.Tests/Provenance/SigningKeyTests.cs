using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Provenance;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Provenance;

public sealed class SigningKeyTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_a_PKCS8_key_from_a_file_or_from_PEM_text()
    {
        var pem = Keys.NewPrivatePem();
        using var fromText = SigningKey.Load(pem);
        using var fromFile = SigningKey.Load(folder.Write("key.pem", pem));

        Assert.Equal(fromText.KeyId, fromFile.KeyId);
        Assert.False(fromFile.IsDevelopmentKey);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", fromFile.PublicKeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_an_OpenSSL_EC_PRIVATE_KEY_with_its_EC_PARAMETERS_block()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n" + ecdsa.ExportECPrivateKeyPem();

        using var key = SigningKey.Load(pem);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo())), key.KeyId);
    }

    [Fact]
    public void Loads_an_encrypted_key_with_its_password()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportEncryptedPkcs8PrivateKeyPem("s3cret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));

        using var key = SigningKey.Load(pem, "s3cret");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo())), key.KeyId);
    }

    [Fact]
    public void A_missing_file_is_REPRO0050_naming_the_path()
    {
        var path = folder["absent.pem"];

        var error = Assert.Throws<ReproException>(() => SigningKey.Load(path)).Diagnostic;

        Assert.Equal("REPRO0050", error.Code);
        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_REPRO0051() =>
        Assert.Equal("REPRO0051", Assert.Throws<ReproException>(() => SigningKey.Load(folder.Path)).Diagnostic.Code);

    [Fact]
    public void A_file_it_may_not_read_is_REPRO0051()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return;
        }

        var path = folder.Write("key.pem", Keys.NewPrivatePem());
        File.SetUnixFileMode(path, UnixFileMode.None);

        Assert.Equal("REPRO0051", Assert.Throws<ReproException>(() => SigningKey.Load(path)).Diagnostic.Code);
    }

    public static TheoryData<string, string> NotP256PrivateKeys()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new()
        {
            { p384.ExportPkcs8PrivateKeyPem(), "another curve" },
            { rsa.ExportPkcs8PrivateKeyPem(), "not an EC key" },
            { rsa.ExportRSAPrivateKeyPem(), "'RSA PRIVATE KEY'" },
            { p256.ExportSubjectPublicKeyInfoPem(), "only a public key" },
            { "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n", "no PEM block" },
            { "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END EC PRIVATE KEY-----\n", "legacy format" },
        };
    }

    [Theory]
    [MemberData(nameof(NotP256PrivateKeys))]
    public void Anything_but_an_EC_P256_private_key_is_REPRO0052_saying_what_it_is(string pem, string problem)
    {
        var error = Assert.Throws<ReproException>(() => SigningKey.Load(pem)).Diagnostic;

        Assert.Equal("REPRO0052", error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Keys.Body(pem), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no password was given")]
    [InlineData("wrong", "does not decrypt it")]
    public void An_encrypted_key_without_its_password_is_REPRO0053(string? password, string problem)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportEncryptedPkcs8PrivateKeyPem("s3cret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));

        var error = Assert.Throws<ReproException>(() => SigningKey.Load(folder.Write("key.pem", pem), password)).Diagnostic;

        Assert.Equal("REPRO0053", error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_material_given_without_its_armour_is_never_echoed()
    {
        var body = Keys.Body(Keys.NewPrivatePem());

        var error = Assert.Throws<ReproException>(() => SigningKey.Load(body)).Diagnostic;

        Assert.Equal("REPRO0050", error.Code);
        Assert.DoesNotContain(body, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(body[..16], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_signing_key_never_shows_in_its_text_forms()
    {
        var pem = Keys.NewPrivatePem();
        using var key = SigningKey.Load(pem);

        Assert.DoesNotContain(Keys.Body(pem)[..32], key.ToString() + key.PublicKeyPem, StringComparison.Ordinal);
    }
}
