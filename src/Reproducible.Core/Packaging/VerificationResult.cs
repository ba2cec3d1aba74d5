using System.Text.Json.Nodes;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Packaging;

// Exit codes: 0 verified, 1 a check failed (the package is not what it claims), 2 the package or an
// argument could not be read at all, so nothing was concluded.
public sealed record VerificationResult(IReadOnlyList<VerificationFinding> Findings, Diagnostic? Error = null)
{
    public const int Verified = 0;
    public const int NotVerified = 1;
    public const int Unusable = 2;

    public int ExitCode => Error is not null ? Unusable : Findings.Any(finding => finding.Failed) ? NotVerified : Verified;

    public static VerificationResult Unreadable(Diagnostic error) => new([], error);

    public VerificationResult Then(VerificationResult next) => new([.. Findings, .. next.Findings], Error ?? next.Error);

    public string ToJson() => CanonicalJson.Write(new JsonObject
    {
        ["error"] = Error is null ? null : new JsonObject { ["code"] = Error.Code, ["message"] = Error.Message },
        ["exitCode"] = ExitCode,
        ["findings"] = new JsonArray([.. Findings.Select(finding => (JsonNode)new JsonObject
        {
            ["check"] = finding.Check,
            ["code"] = finding.Code,
            ["detail"] = finding.Detail,
            ["status"] = finding.Status.ToString().ToLowerInvariant(),
        })]),
        ["verified"] = ExitCode == Verified,
    });
}
