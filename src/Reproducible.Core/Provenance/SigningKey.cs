using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Provenance;

// An ECDSA P-256 private key that signs provenance. Nothing here formats the key itself into text
// but for its public half.
public sealed class SigningKey : IDisposable
{
    public const string Variable = "REPRO_SIGNING_KEY";
    public const string PasswordVariable = "REPRO_SIGNING_KEY_PASSWORD";

    readonly ECDsa key;

    SigningKey(ECDsa key, string? developmentKeyPath)
    {
        this.key = key;
        DevelopmentKeyPath = developmentKeyPath;
        KeyId = Provenance.KeyId.Of(key);
    }

    public string KeyId { get; }

    public string? DevelopmentKeyPath { get; }

    public bool IsDevelopmentKey => DevelopmentKeyPath is not null;

    public string PublicKeyPem => key.ExportSubjectPublicKeyInfoPem() + "\n";

    public static SigningKey Load(string pathOrPem, string? password = null)
    {
        var source = KeySource.Describe(pathOrPem);
        return new(PrivateKeyPem.Import(KeySource.IsPemText(pathOrPem) ? pathOrPem : Read(pathOrPem, source), password, source), developmentKeyPath: null);
    }

    public static SigningKey DevelopmentKey(ILog log) => DevelopmentKey(log, Provenance.DevelopmentKey.DefaultPath);

    public static SigningKey Resolve(string? pathOrPem, string? password, ILog log) =>
        string.IsNullOrWhiteSpace(pathOrPem) ? DevelopmentKey(log) : Load(pathOrPem.Trim(), string.IsNullOrEmpty(password) ? null : password);

    public byte[] Sign(ReadOnlySpan<byte> data) => key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public void Dispose() => key.Dispose();

    internal static SigningKey DevelopmentKey(ILog log, string path) => new(Provenance.DevelopmentKey.LoadOrCreate(path, log), path);

    static string Read(string path, string source)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path)
                : Directory.Exists(path) ? throw new ReproException(Errors.SigningKeyUnreadable(source, "it is a folder"))
                : throw new ReproException(Errors.SigningKeyNotFound(source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReproException(Errors.SigningKeyUnreadable(source, e.Message));
        }
    }
}
