using Reproducible.Core.Diagnostics;
using Reproducible.Core.Locking;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Locking;

public class ModelLockTests
{
    const string Path = "/repo/model/model.lock.json";

    [Fact]
    public void Writes_the_documented_canonical_format() => Snapshot.Verify(LockSamples.Lock.ToJson(), "json");

    [Fact]
    public void Reads_back_what_it_writes_byte_for_byte()
    {
        var json = LockSamples.Lock.ToJson();

        Assert.Equal(json, ModelLock.Parse(json, Path).ToJson());
    }

    [Fact]
    public void Has_no_carriage_returns_no_byte_order_mark_and_ends_with_a_newline()
    {
        var json = LockSamples.Lock.ToJson();

        Assert.DoesNotContain('\r', json);
        Assert.NotEqual('\uFEFF', json[0]);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_depends_on_every_input_and_on_no_order()
    {
        var inputs = LockSamples.Inputs;
        var reordered = inputs with { Parameters = inputs.Parameters.Reverse().ToDictionary() };

        Assert.Equal(inputs.Fingerprint, reordered.Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", inputs.Fingerprint);
        string[] fingerprints =
        [
            inputs.Fingerprint,
            (inputs with { Seed = 43 }).Fingerprint,
            (inputs with { Trainer = "python3 train.py" }).Fingerprint,
            (inputs with { Parameters = new Dictionary<string, string> { ["learning_rate"] = "0.5" } }).Fingerprint,
            (inputs with { Data = inputs.Data.Where(pair => pair.Key != "images").ToDictionary() }).Fingerprint,
            (inputs with { CodeFiles = inputs.CodeFiles.ToDictionary(pair => pair.Key, pair => pair.Key == "Program.cs" ? new string('f', 64) : pair.Value) }).Fingerprint,
            (inputs with { Packages = new Dictionary<string, string> { ["MathNet.Numerics/5.0.1"] = "sha512-x" } }).Fingerprint,
            (inputs with { Environment = new Dictionary<string, string> { ["os"] = "windows" } }).Fingerprint,
        ];
        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Theory]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"fingerprint\": \"x\"\n  \"inputs\": {}\n}", 4, "REPRO0014")]
    [InlineData("[1]", 1, "REPRO0014")]
    [InlineData("{\n  \"schemaVersion\": 2\n}", 1, "REPRO0015")]
    public void A_lock_it_cannot_read_is_an_error_with_file_and_line(string text, int line, string code)
    {
        var error = Assert.Throws<ReproException>(() => ModelLock.Parse(text, Path)).Diagnostic;

        Assert.Equal(code, error.Code);
        Assert.Equal(Path, error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_hand_edited_input_is_caught_by_the_fingerprint_on_its_line()
    {
        var json = LockSamples.Lock.ToJson().Replace("\"learning_rate\": \"0.5\"", "\"learning_rate\": \"0.9\"", StringComparison.Ordinal);

        var error = Assert.Throws<ReproException>(() => ModelLock.Parse(json, Path)).Diagnostic;

        Assert.Equal("REPRO0014", error.Code);
        Assert.Contains("edited by hand", error.Message, StringComparison.Ordinal);
        Assert.Equal(json.Split('\n').ToList().FindIndex(line => line.Contains("\"fingerprint\"", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void A_missing_section_names_it_and_its_line()
    {
        var json = LockSamples.Lock.ToJson().Replace("\"seed\": 42", "\"seed\": \"42\"", StringComparison.Ordinal);

        var error = Assert.Throws<ReproException>(() => ModelLock.Parse(json, Path)).Diagnostic;

        Assert.Contains("'seed' is missing or is not an integer", error.Message, StringComparison.Ordinal);
        Assert.Equal(json.Split('\n').ToList().FindIndex(line => line.Contains("\"seed\"", StringComparison.Ordinal)) + 1, error.Line);
    }
}
