using System.Security.Cryptography;

namespace Reproducible.Core.Provenance;

// The SHA-256 of the public key's SubjectPublicKeyInfo: the same for a key however it is stored, and
// what `openssl pkey -pubin -outform DER | sha256sum` prints.
static class KeyId
{
    public static string Of(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
}
