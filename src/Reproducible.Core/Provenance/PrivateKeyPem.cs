using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Provenance;

static class PrivateKeyPem
{
    public static ECDsa Import(string pem, string? password, string source)
    {
        var key = ECDsa.Create();
        try
        {
            Import(key, pem, Pem.Labels(pem), password, source);
            return P256.Is(key) ? key : throw new ReproException(Errors.SigningKeyInvalid(source, "it is an EC key on another curve"));
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    static void Import(ECDsa key, string pem, IReadOnlyList<string> labels, string? password, string source)
    {
        if (labels.Contains("ENCRYPTED PRIVATE KEY"))
        {
            try
            {
                key.ImportFromEncryptedPem(pem, password ?? throw new ReproException(Errors.SigningKeyEncrypted(source, passwordGiven: false)));
            }
            catch (CryptographicException)
            {
                throw new ReproException(Errors.SigningKeyEncrypted(source, passwordGiven: true));
            }
        }
        else if (labels.Contains("PRIVATE KEY") || labels.Contains("EC PRIVATE KEY"))
        {
            try
            {
                key.ImportFromPem(pem);
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                // The exception's own message is not shown: it is no use, and may describe the key's bytes.
                throw new ReproException(Errors.SigningKeyInvalid(source, "its private key is not an EC key, is malformed, or is one of several keys in the file"));
            }
        }
        else
        {
            throw new ReproException(Errors.SigningKeyInvalid(source, Problem(pem, labels)));
        }
    }

    static string Problem(string pem, IReadOnlyList<string> labels) =>
        Pem.HasLegacyEncryption(pem) ? "it is encrypted in OpenSSL's legacy format, which .NET does not read (convert it: openssl pkcs8 -topk8 -in old.pem -out key.pem)"
        : labels.Count == 0 ? "it holds no PEM block (-----BEGIN PRIVATE KEY-----)"
        : labels.Contains("PUBLIC KEY") ? "it holds only a public key"
        : $"it holds {string.Join(", ", labels.Select(label => $"a '{label}' block"))}, and no private key";
}
