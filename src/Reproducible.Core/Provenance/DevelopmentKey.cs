using System.Security.Cryptography;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Provenance;

// A per-user key, so that a package is always signed, even before anyone set up a real key; the
// warning says it proves integrity only.
static class DevelopmentKey
{
    public const string FileName = "dev-signing-key.pem";

    public static string DefaultPath => Path.Combine(ConfigLocation.Default, FileName);

    public static ECDsa LoadOrCreate(string path, ILog log)
    {
        try
        {
            var created = !File.Exists(path) && Create(path);
            var key = PrivateKeyPem.Import(File.ReadAllText(path), password: null, $"'{path}'");
            log.Warning(Errors.DevelopmentKeyUsed(path, created));
            return key;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReproException(Errors.DevelopmentKeyUnavailable(path, e.Message));
        }
        catch (ReproException e)
        {
            throw new ReproException(Errors.DevelopmentKeyUnavailable(path, $"it is not a usable key ({e.Diagnostic.Code}); delete it to have a new one created"));
        }
    }

    static bool Create(string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return PrivateFile.TryCreate(path, key.ExportPkcs8PrivateKeyPem() + "\n");
    }
}
