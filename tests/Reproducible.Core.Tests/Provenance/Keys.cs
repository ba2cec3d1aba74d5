using System.Security.Cryptography;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Tests.Provenance;

static class Keys
{
    public static string NewPrivatePem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public static SigningKey NewSigningKey() => SigningKey.Load(NewPrivatePem());

    public static string Body(string pem) => string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
}
