using System.Runtime.CompilerServices;

namespace Reproducible.Core.Caching;

static class Fingerprint
{
    const int Length = 64;

    // A fingerprint names a folder in the cache, so anything but a SHA-256 in hex could reach outside it.
    public static string Validated(string fingerprint, [CallerArgumentExpression(nameof(fingerprint))] string? parameter = null) =>
        fingerprint is { Length: Length } && fingerprint.All(char.IsAsciiHexDigitLower)
            ? fingerprint
            : throw new ArgumentException($"A fingerprint is {Length} lower-case hexadecimal characters, not '{fingerprint}'.", parameter);
}
