using System.Security.Cryptography;
using System.Text;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Tests.Provenance;

public sealed class DsseEnvelopeTests : IDisposable
{
    const string PayloadType = "http://example.com/HelloWorld";

    readonly SigningKey key = Keys.NewSigningKey();
    readonly PublicKey publicKey;

    public DsseEnvelopeTests() => publicKey = PublicKey.FromPem(key.PublicKeyPem);

    public void Dispose()
    {
        key.Dispose();
        publicKey.Dispose();
    }

    static byte[] Payload => "hello world"u8.ToArray();

    [Fact]
    public void PAE_is_the_specification_s_formula() =>
        Assert.Equal("DSSEv1 29 http://example.com/HelloWorld 11 hello world", Encoding.UTF8.GetString(Pae.Encode(PayloadType, Payload)));

    [Fact]
    public void PAE_counts_bytes_not_characters()
    {
        var payload = Encoding.UTF8.GetBytes("é");

        Assert.Equal([.. "DSSEv1 4 t/é 2 "u8, .. payload], Pae.Encode("t/é", payload));
    }

    [Fact]
    public void Signs_the_PAE_with_ECDSA_P256_SHA256_as_DER()
    {
        var envelope = DsseEnvelope.Sign(PayloadType, Payload, key);

        var signature = Assert.Single(envelope.Signatures);
        Assert.Equal(0x30, signature.Sig[0]);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.PublicKeyPem);
        Assert.True(ecdsa.VerifyData(Pae.Encode(PayloadType, Payload), signature.Sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        Assert.True(envelope.IsSignedBy(publicKey));
    }

    [Fact]
    public void The_keyid_is_the_sha256_of_the_SubjectPublicKeyInfo()
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.PublicKeyPem);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo())), key.KeyId);
        Assert.Equal(key.KeyId, publicKey.KeyId);
        Assert.Equal(key.KeyId, DsseEnvelope.Sign(PayloadType, Payload, key).Signatures[0].KeyId);
    }

    [Fact]
    public void Round_trips_through_its_JSON_form()
    {
        var json = DsseEnvelope.Sign(PayloadType, Payload, key).ToJson();

        Assert.StartsWith("{\"payload\":\"aGVsbG8gd29ybGQ=\",\"payloadType\":\"http://example.com/HelloWorld\",\"signatures\":[{\"keyid\":\"", json, StringComparison.Ordinal);
        Assert.True(DsseEnvelope.Parse(json).IsSignedBy(publicKey));
    }

    [Fact]
    public void Reads_URL_safe_base64_without_padding()
    {
        var envelope = DsseEnvelope.Sign(PayloadType, [0xfb, 0xff], key);
        var json = envelope.ToJson().Replace("\"+/8=\"", "\"-_8\"", StringComparison.Ordinal);

        Assert.Equal(envelope.Payload, DsseEnvelope.Parse(json).Payload);
    }

    [Fact]
    public void A_changed_payload_byte_breaks_the_signature()
    {
        var envelope = DsseEnvelope.Sign(PayloadType, Payload, key);
        var payload = envelope.Payload.ToArray();
        payload[0] ^= 1;

        Assert.False((envelope with { Payload = payload }).IsSignedBy(publicKey));
    }

    [Fact]
    public void A_changed_payload_type_breaks_the_signature() =>
        Assert.False((DsseEnvelope.Sign(PayloadType, Payload, key) with { PayloadType = "application/json" }).IsSignedBy(publicKey));

    [Fact]
    public void A_changed_signature_is_rejected_without_an_exception()
    {
        var envelope = DsseEnvelope.Sign(PayloadType, Payload, key);
        var signature = envelope.Signatures[0].Sig.ToArray();
        signature[^1] ^= 1;

        Assert.False((envelope with { Signatures = [envelope.Signatures[0] with { Sig = signature }] }).IsSignedBy(publicKey));
        Assert.False((envelope with { Signatures = [envelope.Signatures[0] with { Sig = [1, 2, 3] }] }).IsSignedBy(publicKey));
    }

    [Fact]
    public void Another_key_does_not_verify()
    {
        using var other = Keys.NewSigningKey();

        Assert.False(DsseEnvelope.Sign(PayloadType, Payload, other).IsSignedBy(publicKey));
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"payloadType\":\"t\",\"payload\":\"aGk=\"}", "'signatures'")]
    [InlineData("{\"payloadType\":\"t\",\"payload\":\"!!\",\"signatures\":[]}", "'payload' is not base64")]
    [InlineData("{\"payload\":\"aGk=\",\"signatures\":[]}", "'payloadType'")]
    public void A_malformed_envelope_is_a_FormatException(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => DsseEnvelope.Parse(json)).Message, StringComparison.Ordinal);
}
