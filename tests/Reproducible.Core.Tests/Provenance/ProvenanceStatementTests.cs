using System.Text;
using System.Text.Json.Nodes;
using Reproducible.Core.Hashing;
using Reproducible.Core.Provenance;
using Reproducible.Core.Tests.Packaging;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Provenance;

public class ProvenanceStatementTests
{
    static string Statement() =>
        ProvenanceStatement.Create(TestPackage.Lock, [new Subject("model/model.json", Sha256File.Compute(TestPackage.Model))], new string('9', 64), TestPackage.Run);

    [Fact]
    public void Writes_an_in_toto_statement_of_SLSA_provenance() => Snapshot.Verify(Statement(), "json");

    [Fact]
    public void Is_the_same_bytes_for_the_same_build() => Assert.Equal(Statement(), Statement());

    [Fact]
    public void Its_subjects_are_the_model_files_then_the_package_content()
    {
        var subjects = JsonNode.Parse(Statement())!["subject"]!.AsArray().Select(subject => subject!["name"]!.GetValue<string>());

        Assert.Equal(["model/model.json", Subject.PackageContent], subjects);
    }

    [Fact]
    public void The_verifier_reads_back_its_subjects_and_fingerprint()
    {
        var claims = ProvenanceClaims.Parse(Encoding.UTF8.GetBytes(Statement()));

        Assert.Equal(TestPackage.Lock.Fingerprint, claims.Fingerprint);
        Assert.Equal(new Subject(Subject.PackageContent, new string('9', 64)), claims.Subjects[^1]);
    }

    [Theory]
    [InlineData("_type", "https://in-toto.io/Statement/v0.1", "'_type'")]
    [InlineData("predicateType", "https://slsa.dev/provenance/v0.2", "'predicateType'")]
    public void A_statement_of_another_kind_is_refused(string field, string value, string reason)
    {
        var statement = JsonNode.Parse(Statement())!;
        statement[field] = value;

        Assert.Contains(reason, Assert.Throws<FormatException>(() => ProvenanceClaims.Parse(Encoding.UTF8.GetBytes(statement.ToJsonString()))).Message, StringComparison.Ordinal);
    }
}
