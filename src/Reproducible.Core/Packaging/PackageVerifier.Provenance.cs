using System.Text;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

public static partial class PackageVerifier
{
    static ProvenanceClaims? CheckProvenance(PackageEntries entries, PublicKey? givenKey, List<VerificationFinding> findings)
    {
        if (ReadEnvelope(entries, findings) is not { } envelope)
        {
            return null;
        }

        CheckSignature(envelope, entries, givenKey, findings);
        try
        {
            var claims = ProvenanceClaims.Parse(envelope.Payload);
            findings.Add(VerificationFinding.Pass("statement", "in-toto Statement v1, SLSA provenance v1"));
            return claims;
        }
        catch (FormatException e)
        {
            findings.Add(VerificationFinding.Fail("statement", Errors.StatementInvalid($"the provenance is not an in-toto Statement v1 of SLSA provenance v1: {e.Message}")));
            return null;
        }
    }

    static DsseEnvelope? ReadEnvelope(PackageEntries entries, List<VerificationFinding> findings)
    {
        if (entries.Find(ProvenancePaths.Envelope) is not { } entry)
        {
            findings.Add(VerificationFinding.Fail("provenance", Errors.ProvenanceMissing($"the package has no {ProvenancePaths.Envelope}: it is unsigned")));
            return null;
        }

        DsseEnvelope envelope;
        try
        {
            envelope = DsseEnvelope.Parse(ZipEntryText.Read(entry));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException or DecoderFallbackException)
        {
            findings.Add(VerificationFinding.Fail("provenance", Errors.ProvenanceMissing($"{ProvenancePaths.Envelope} is not a DSSE envelope: {e.Message}")));
            return null;
        }

        if (envelope.Signatures.Count == 0)
        {
            findings.Add(VerificationFinding.Fail("provenance", Errors.ProvenanceMissing($"the envelope in {ProvenancePaths.Envelope} has no signature: the package is unsigned")));
            return null;
        }

        if (envelope.PayloadType != ProvenanceStatement.PayloadType)
        {
            findings.Add(VerificationFinding.Fail("provenance", Errors.StatementInvalid($"the envelope's payloadType is '{envelope.PayloadType}', not '{ProvenanceStatement.PayloadType}'")));
            return null;
        }

        return envelope;
    }

    static void CheckSignature(DsseEnvelope envelope, PackageEntries entries, PublicKey? givenKey, List<VerificationFinding> findings)
    {
        using var shippedKey = givenKey is null ? ShippedKey(entries, findings) : null;
        if ((givenKey ?? shippedKey) is not { } key)
        {
            return;
        }

        if (!envelope.IsSignedBy(key))
        {
            findings.Add(VerificationFinding.Fail("signature", Errors.SignatureInvalid(givenKey is null
                ? $"no signature verifies with the key shipped in the package (keyid {Short(key.KeyId)}): the provenance or its signature was altered"
                : $"no signature verifies with the given key (keyid {Short(key.KeyId)}); the envelope names keyid {string.Join(", ", envelope.Signatures.Select(signature => Short(signature.KeyId)))}: it was signed by another key, or altered")));
            return;
        }

        if (givenKey is null)
        {
            findings.Add(VerificationFinding.Pass("signature", $"keyid {Short(key.KeyId)}, the key shipped in the package"));
            findings.Add(VerificationFinding.Note("signer", $"not checked. The signature was checked with the public key the package ships, keyid {key.KeyId}: that proves the package was not altered after it was signed, not who signed it. Pass --key with the publisher's public key to check the signer."));
        }
        else
        {
            findings.Add(VerificationFinding.Pass("signature", $"keyid {Short(key.KeyId)}, the key given with --key"));
        }
    }

    static PublicKey? ShippedKey(PackageEntries entries, List<VerificationFinding> findings)
    {
        if (entries.Find(ProvenancePaths.PublicKey) is not { } entry)
        {
            findings.Add(VerificationFinding.Fail("signature", Errors.SignatureInvalid($"the package ships no public key ({ProvenancePaths.PublicKey}); pass --key PUBLIC.pem")));
            return null;
        }

        try
        {
            return PublicKey.FromPem(ZipEntryText.Read(entry));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException or DecoderFallbackException)
        {
            findings.Add(VerificationFinding.Fail("signature", Errors.SignatureInvalid($"{ProvenancePaths.PublicKey} is not an EC P-256 public key: {e.Message}")));
            return null;
        }
    }
}
