using System.Security.Cryptography;

namespace Reproducible.Core.Provenance;

static class P256
{
    const string Oid = "1.2.840.10045.3.1.7";

    public static bool Is(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && (curve.Oid.Value == Oid || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "prime256v1" or "secp256r1");
    }
}
