using System.Globalization;
using System.Text;

namespace Reproducible.Core.Provenance;

// DSSE's pre-authentication encoding: what is signed binds the payload type to the payload, so
// neither can be swapped under a valid signature.
public static class Pae
{
    public static byte[] Encode(string payloadType, ReadOnlySpan<byte> payload)
    {
        var type = Encoding.UTF8.GetBytes(payloadType);
        var header = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} {payloadType} {payload.Length} "));
        return [.. header, .. payload];
    }
}
