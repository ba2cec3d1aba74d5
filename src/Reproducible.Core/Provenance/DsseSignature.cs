namespace Reproducible.Core.Provenance;

public sealed record DsseSignature(string KeyId, byte[] Sig);
