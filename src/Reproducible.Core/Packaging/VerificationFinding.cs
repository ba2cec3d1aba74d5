using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Packaging;

public sealed record VerificationFinding(VerificationStatus Status, string Check, string Detail, string? Code = null)
{
    public static VerificationFinding Pass(string check, string detail = "") => new(VerificationStatus.Passed, check, detail);

    public static VerificationFinding Fail(string check, Diagnostic diagnostic) => new(VerificationStatus.Failed, check, diagnostic.Message, diagnostic.Code);

    public static VerificationFinding Note(string check, string detail) => new(VerificationStatus.Note, check, detail);

    public bool Failed => Status == VerificationStatus.Failed;

    public override string ToString() => Status switch
    {
        VerificationStatus.Passed => Detail.Length == 0 ? $"✔ {Check}" : $"✔ {Check} ({Detail})",
        VerificationStatus.Failed => $"✘ {Check}: {Detail}",
        _ => $"! {Check}: {Detail}",
    };
}
