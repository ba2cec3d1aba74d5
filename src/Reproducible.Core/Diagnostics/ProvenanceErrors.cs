namespace Reproducible.Core.Diagnostics;

// No message here ever quotes what a key file holds: only where it is, and what kind of thing it is.
public static partial class Errors
{
    const string KeyAdvice = "Set REPRO_SIGNING_KEY to the path of an unencrypted EC P-256 private key in PEM form (openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out signing-key.pem).";

    public static Diagnostic SigningKeyNotFound(string shownSource) =>
        new("REPRO0050", $"The signing key {shownSource} does not exist, and is not PEM text either. {KeyAdvice}");

    public static Diagnostic SigningKeyUnreadable(string shownSource, string reason) =>
        new("REPRO0051", $"The signing key {shownSource} cannot be read: {reason}. Make it readable by the user who packs.");

    public static Diagnostic SigningKeyInvalid(string shownSource, string problem) =>
        new("REPRO0052", $"The signing key {shownSource} is not an EC P-256 private key: {problem}. {KeyAdvice}");

    public static Diagnostic SigningKeyEncrypted(string shownSource, bool passwordGiven) =>
        new("REPRO0053", passwordGiven
            ? $"The signing key {shownSource} is encrypted, and REPRO_SIGNING_KEY_PASSWORD does not decrypt it. Set the right password."
            : $"The signing key {shownSource} is encrypted, and no password was given. Set REPRO_SIGNING_KEY_PASSWORD, or give an unencrypted key kept in a secret store.");

    public static Diagnostic DevelopmentKeyUsed(string path, bool created) =>
        new("REPRO0054", $"The provenance was signed with this user's development key ({(created ? "created now at" : "at")} '{path}'): its signature proves the package was not altered, not who built it. {KeyAdvice}");

    public static Diagnostic DevelopmentKeyUnavailable(string path, string reason) =>
        new("REPRO0055", $"The development signing key '{path}' cannot be created or read: {reason}. Make its folder writable, or set REPRO_SIGNING_KEY to a key of your own.");

    public static Diagnostic UnsafePackagePath(string packagePath, string problem) =>
        new("REPRO0056", $"'{packagePath}' cannot be a path in the package: {problem}.");

    public static Diagnostic PackedModelDiffersFromLock(string problem) =>
        new("REPRO0057", $"The model files to pack are not those model.lock.json describes: {problem}. Build again so that the model and the lock agree, then pack.");

    public static Diagnostic PublicKeyInvalid(string path, string problem) =>
        new("REPRO0058", $"'{path}' is not an EC P-256 public key in PEM form: {problem}. Export it with: openssl ec -in signing-key.pem -pubout -out public.pem");

    public static Diagnostic UnsafePackageEntry(string problem) =>
        new("REPRO0060", $"{problem}; a package must never hold such an entry, so it was not read");

    public static Diagnostic ProvenanceMissing(string problem) =>
        new("REPRO0061", problem);

    public static Diagnostic SignatureInvalid(string problem) =>
        new("REPRO0062", problem);

    public static Diagnostic SubjectMismatch(string problem) =>
        new("REPRO0063", problem);

    public static Diagnostic ContentMismatch(string problem) =>
        new("REPRO0064", problem);

    public static Diagnostic PackagedLockMismatch(string problem) =>
        new("REPRO0065", problem);

    public static Diagnostic FingerprintMismatch(string packaged, string claimed) =>
        new("REPRO0066", $"the lock's fingerprint {Abbreviated(packaged)} is not the provenance's {Abbreviated(claimed)}");

    public static Diagnostic StatementInvalid(string problem) =>
        new("REPRO0067", problem);

    public static Diagnostic RebuildNotComparable(string problem) =>
        new("REPRO0068", problem);

    public static Diagnostic RebuildDiffers(string problem) =>
        new("REPRO0069", problem);

    internal static string Abbreviated(string digest) => digest.Length > 12 ? digest[..12] + "…" : digest;
}
