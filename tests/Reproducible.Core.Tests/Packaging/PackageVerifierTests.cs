using System.Text;
using Reproducible.Core.Locking;
using Reproducible.Core.Packaging;
using Reproducible.Core.Provenance;
using Reproducible.Core.Tests.Provenance;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Packaging;

public sealed class PackageVerifierTests : IDisposable
{
    readonly TemporaryDirectory folder = new();
    readonly SigningKey key = Keys.NewSigningKey();

    public void Dispose()
    {
        folder.Dispose();
        key.Dispose();
    }

    List<(string Name, byte[] Content)> Good() => TestPackage.Entries(key);

    VerificationResult Verify(IEnumerable<(string Name, byte[] Content)> entries, string? publicKeyPem = null) =>
        PackageVerifier.Verify(TestPackage.Zip(folder[$"{Guid.NewGuid():N}.nupkg"], entries), publicKeyPem);

    static VerificationFinding FailedOnly(VerificationResult result, string code)
    {
        Assert.Equal(VerificationResult.NotVerified, result.ExitCode);
        var failures = result.Findings.Where(finding => finding.Failed).ToArray();
        Assert.True(failures.All(finding => finding.Code == code), string.Join(Environment.NewLine, result.Findings));
        return failures[0];
    }

    [Fact]
    public void A_good_package_verifies_with_its_shipped_key_and_says_that_proves_integrity_only()
    {
        var result = Verify(Good());

        Assert.Equal(VerificationResult.Verified, result.ExitCode);
        Assert.Contains($"✔ signature (keyid {key.KeyId[..12]}…, the key shipped in the package)", result.Findings.Select(finding => finding.ToString()));
        var note = Assert.Single(result.Findings, finding => finding.Status == VerificationStatus.Note);
        Assert.Contains(key.KeyId, note.Detail, StringComparison.Ordinal);
        Assert.Contains("not who signed it", note.Detail, StringComparison.Ordinal);
        Assert.Equal(["entries", "signature", "signer", "statement", "model/model.json", "package content", "model.lock.json", "fingerprint"], result.Findings.Select(finding => finding.Check));
    }

    [Fact]
    public void A_good_package_verifies_with_the_publisher_s_key()
    {
        var result = Verify(Good(), key.PublicKeyPem);

        Assert.Equal(VerificationResult.Verified, result.ExitCode);
        Assert.DoesNotContain(result.Findings, finding => finding.Status == VerificationStatus.Note);
        Assert.Contains("the key given with --key", result.Findings.Single(finding => finding.Check == "signature").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_model_file_fails_naming_it()
    {
        var result = Verify(Good().Replace("model/model.json", model => [.. model, (byte)' ']));

        Assert.Equal(VerificationResult.NotVerified, result.ExitCode);
        Assert.Contains(result.Findings, finding => finding.ToString().StartsWith("✘ model/model.json: sha256 differs from the provenance subject", StringComparison.Ordinal) && finding.Code == "REPRO0063");
        Assert.Contains(result.Findings, finding => finding.Code == "REPRO0064");
        Assert.Contains(result.Findings, finding => finding.Code == "REPRO0065" && finding.Detail.StartsWith("model/model.json: its sha256", StringComparison.Ordinal));
    }

    [Fact]
    public void An_altered_provenance_payload_fails_the_signature()
    {
        var result = Verify(Good().Replace(ProvenancePaths.Envelope, json => TestPackage.ChangeEnvelope(json, envelope =>
            envelope with { Payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(envelope.Payload).Replace("\"seed\": 42", "\"seed\": 43", StringComparison.Ordinal)) })));

        Assert.Equal("signature", FailedOnly(result, "REPRO0062").Check);
    }

    [Fact]
    public void A_package_resigned_by_another_key_fails_with_the_publisher_s_key_naming_both_keyids()
    {
        using var attacker = Keys.NewSigningKey();
        var resigned = TestPackage.Entries(attacker);

        Assert.Equal(VerificationResult.Verified, Verify(resigned).ExitCode);
        var failure = FailedOnly(Verify(resigned, key.PublicKeyPem), "REPRO0062");
        Assert.Contains(key.KeyId[..12], failure.Detail, StringComparison.Ordinal);
        Assert.Contains(attacker.KeyId[..12], failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_provenance_is_unsigned()
    {
        var failure = FailedOnly(Verify(Good().Without(ProvenancePaths.Envelope)), "REPRO0061");

        Assert.Contains("unsigned", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_envelope_without_signatures_is_unsigned()
    {
        var failure = FailedOnly(Verify(Good().Replace(ProvenancePaths.Envelope, json => TestPackage.ChangeEnvelope(json, envelope => envelope with { Signatures = [] }))), "REPRO0061");

        Assert.Contains("no signature", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_shipped_public_key_it_asks_for_one() =>
        Assert.Contains("--key", FailedOnly(Verify(Good().Without(ProvenancePaths.PublicKey)), "REPRO0062").Detail, StringComparison.Ordinal);

    [Fact]
    public void An_envelope_that_is_not_JSON_fails() =>
        FailedOnly(Verify(Good().Replace(ProvenancePaths.Envelope, _ => "{"u8.ToArray())), "REPRO0061");

    [Fact]
    public void A_lock_whose_outputs_disagree_with_the_model_fails_naming_the_file()
    {
        var wrongLock = TestPackage.Lock with { Outputs = TestPackage.Lock.Outputs with { Files = new Dictionary<string, string> { ["model.json"] = new string('0', 64) } } };

        var failure = FailedOnly(Verify(TestPackage.Entries(key, TestPackage.Content(wrongLock))), "REPRO0065");

        Assert.Equal($"✘ model.lock.json: model/model.json: its sha256 is {TestPackage.Lock.Outputs.Files["model.json"][..12]}…, the lock's outputs.files says 000000000000…", failure.ToString());
    }

    [Fact]
    public void A_lock_of_other_inputs_fails_the_fingerprint()
    {
        var otherLock = TestPackage.Lock with { Inputs = TestPackage.Lock.Inputs with { Seed = 7 } };

        Assert.Equal("fingerprint", FailedOnly(Verify(TestPackage.Entries(key, TestPackage.Content(otherLock))), "REPRO0066").Check);
    }

    [Fact]
    public void A_missing_or_damaged_lock_fails()
    {
        FailedOnly(Verify(TestPackage.Entries(key, TestPackage.Content().Without(ModelLock.FileName))), "REPRO0065");
        var damaged = TestPackage.Content().Replace(ModelLock.FileName, json => [.. json.Take(json.Length / 2)]);
        Assert.Contains("not a valid lock", FailedOnly(Verify(TestPackage.Entries(key, damaged)), "REPRO0065").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_entry_fails_the_package_content()
    {
        var failure = FailedOnly(Verify([.. Good(), ("lib/net10.0/Evil.dll", [0x4d, 0x5a])]), "REPRO0064");

        Assert.Equal("package content", failure.Check);
    }

    [Fact]
    public void An_added_model_file_fails_as_not_in_the_provenance()
    {
        var result = Verify([.. Good(), ("model/extra.bin", [1])]);

        Assert.Contains(result.Findings, finding => finding.ToString() == "✘ model/extra.bin: a model file that is not a subject of the provenance");
    }

    [Fact]
    public void An_extra_entry_in_the_provenance_folder_fails() =>
        Assert.Equal("provenance/notes.txt", FailedOnly(Verify([.. Good(), ("provenance/notes.txt", [1])]), "REPRO0064").Check);

    [Fact]
    public void NuGet_s_own_parts_are_outside_the_content_digest()
    {
        var result = Verify(Good().Replace("FraudDetection.Model.nuspec", _ => "<package><metadata /></package>"u8.ToArray()));

        Assert.Equal(VerificationResult.Verified, result.ExitCode);
    }

    [Theory]
    [InlineData("../{0}", "'..' segment")]
    [InlineData("model/../../{0}", "'..' segment")]
    [InlineData("%2e%2e/{0}", "'..' segment")]
    [InlineData("/tmp/{0}", "absolute path")]
    [InlineData("C:/{0}", "absolute path")]
    [InlineData("model\\..\\{0}", "backslash")]
    [InlineData("model/./{0}", "'.' segment")]
    public void An_entry_that_could_escape_a_folder_fails_and_nothing_is_written(string pattern, string problem)
    {
        var name = $"escaped-{Guid.NewGuid():N}.txt";
        var package = folder.Path + "/inner";
        Directory.CreateDirectory(package);
        var entry = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, name);

        var result = PackageVerifier.Verify(TestPackage.Zip(Path.Combine(package, "p.nupkg"), [.. Good(), (entry, "pwned"u8.ToArray())]), null);

        var failure = FailedOnly(result, "REPRO0060");
        Assert.Equal($"entry '{entry}'", failure.Check);
        Assert.Contains(problem, failure.Detail, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(package, "p.nupkg")], Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine("/tmp", name)));
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "..", name)));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), name, SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public void Entries_whose_names_differ_only_in_case_fail()
    {
        var failure = FailedOnly(Verify([.. Good(), ("MODEL/model.json", TestPackage.Model)]), "REPRO0060");

        Assert.Contains("same name", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_exit_code_2()
    {
        var result = PackageVerifier.Verify(folder.Write("p.nupkg", "not a zip"), null);

        Assert.Equal(VerificationResult.Unusable, result.ExitCode);
        Assert.Equal("REPRO0011", result.Error!.Code);
        Assert.Contains("not a zip archive", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_package_is_exit_code_2() =>
        Assert.Contains("does not exist", PackageVerifier.Verify(folder["absent.nupkg"], null).Error!.Message, StringComparison.Ordinal);

    [Fact]
    public void A_key_that_is_not_a_public_key_is_exit_code_2()
    {
        var result = Verify(Good(), Keys.NewPrivatePem());

        Assert.Equal(VerificationResult.Unusable, result.ExitCode);
        Assert.Equal("REPRO0058", result.Error!.Code);
    }

    [Fact]
    public void The_result_as_JSON_has_the_exit_code_and_every_finding()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Verify(Good().Without(ProvenancePaths.Envelope)).ToJson())!;

        Assert.Equal(1, json["exitCode"]!.GetValue<int>());
        Assert.False(json["verified"]!.GetValue<bool>());
        Assert.Contains(json["findings"]!.AsArray(), finding => finding!["code"]?.GetValue<string>() == "REPRO0061" && finding["status"]!.GetValue<string>() == "failed");
    }
}
