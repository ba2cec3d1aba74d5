using System.Security.Cryptography;

namespace Reproducible.Core.Provenance;

public sealed class PublicKey : IDisposable
{
    readonly ECDsa key;

    PublicKey(ECDsa key)
    {
        this.key = key;
        KeyId = Provenance.KeyId.Of(key);
    }

    public string KeyId { get; }

    // Throws FormatException, whose message says what is wrong without quoting the text.
    public static PublicKey FromPem(string pem)
    {
        var labels = Pem.Labels(pem);
        if (!labels.Contains("PUBLIC KEY"))
        {
            throw new FormatException(labels.Count == 0 ? "it holds no PEM block (-----BEGIN PUBLIC KEY-----)" : $"it holds {string.Join(", ", labels.Select(label => $"a '{label}' block"))}, and no public key");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return P256.Is(key) ? new PublicKey(key) : throw new FormatException("it is an EC key on another curve");
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException)
        {
            key.Dispose();
            throw e as FormatException ?? new FormatException("it is not an EC public key, or is malformed");
        }
    }

    public bool Verifies(byte[] data, byte[] derSignature)
    {
        try
        {
            return key.VerifyData(data, derSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose() => key.Dispose();
}
