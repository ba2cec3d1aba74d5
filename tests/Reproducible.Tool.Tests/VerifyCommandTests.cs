using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Reproducible.Core.Hashing;
using Reproducible.Core.Locking;
using Reproducible.Core.Packaging;
using Reproducible.Core.Provenance;
using Reproducible.Testing;

namespace Reproducible.Tool.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    static readonly byte[] Model = "{\"weights\":[0.5]}\n"u8.ToArray();

    static readonly ModelLock Lock = new(
        new LockInputs("python3 train.py", new Dictionary<string, string> { ["train.py"] = new string('a', 64) }, new Dictionary<string, string>(), new Dictionary<string, DataDigest> { ["data"] = new("data.csv", new string('b', 64)) }, new Dictionary<string, string> { ["depth"] = "3" }, 42, new Dictionary<string, string> { ["os"] = "linux" }),
        new LockOutputs(new Dictionary<string, string> { ["model.json"] = Sha256File.Compute(Model) }, new Dictionary<string, double> { ["f1"] = 0.9 }),
        EnvironmentRecord.Empty);

    readonly TemporaryDirectory folder = new();
    readonly string privateKey;
    readonly string publicKey;

    public VerifyCommandTests()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        privateKey = ecdsa.ExportPkcs8PrivateKeyPem();
        publicKey = folder.Write("publisher.pub.pem", ecdsa.ExportSubjectPublicKeyInfoPem());
    }

    public void Dispose() => folder.Dispose();

    string Package(byte[]? model = null)
    {
        var staging = Path.Combine(folder.Path, "staging");
        File.WriteAllBytes(folder.Write("staging/model/model.json", ""), Model);
        folder.Write($"staging/{ModelLock.FileName}", Lock.ToJson());
        using var key = SigningKey.Load(privateKey);
        ProvenanceWriter.Write(staging, Lock, key, new BuildRun("Model", "1.0.0", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        File.WriteAllBytes(Path.Combine(staging, "model", "model.json"), model ?? Model);
        var package = folder["Model.1.0.0.nupkg"];
        ZipFile.CreateFromDirectory(staging, package);
        return package;
    }

    [Fact]
    public void A_good_package_is_verified_with_exit_code_0()
    {
        var output = Repro.Run(folder.Path, "verify", Package(), "--key", publicKey).ShouldSucceed().Output;

        Assert.Contains("✔ signature (keyid ", output, StringComparison.Ordinal);
        Assert.Contains("✔ model/model.json (sha256 ", output, StringComparison.Ordinal);
        Assert.EndsWith("Verified." + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_it_says_the_signer_was_not_checked() =>
        Assert.Contains("! signer: not checked.", Repro.Run(folder.Path, "verify", Package()).ShouldSucceed().Output, StringComparison.Ordinal);

    [Fact]
    public void An_altered_model_is_exit_code_1_naming_the_file()
    {
        var result = Repro.Run(folder.Path, "verify", Package(model: "{}"u8.ToArray()), "--key", publicKey);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("✘ model/model.json: sha256 differs from the provenance subject", result.Output, StringComparison.Ordinal);
        Assert.Contains("error REPRO0063: model/model.json: sha256 differs", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_publisher_s_key_is_exit_code_1()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = folder.Write("other.pub.pem", other.ExportSubjectPublicKeyInfoPem());

        Assert.Contains("error REPRO0062", Repro.Run(folder.Path, "verify", Package(), "--key", otherKey).ShouldFail().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_result_as_JSON()
    {
        var json = JsonNode.Parse(Repro.Run(folder.Path, "verify", Package(), "--key", publicKey, "--json").ShouldSucceed().Output)!;

        Assert.True(json["verified"]!.GetValue<bool>());
        Assert.Contains(json["findings"]!.AsArray(), finding => finding!["check"]!.GetValue<string>() == "signature");
    }

    [Fact]
    public void A_missing_package_is_exit_code_2()
    {
        var result = Repro.Run(folder.Path, "verify", folder["absent.nupkg"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error REPRO0011: Cannot read '{folder["absent.nupkg"]}': it does not exist.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_file_is_exit_code_2() =>
        Assert.Equal(2, Repro.Run(folder.Path, "verify", Package(), "--key", folder["absent.pem"]).ExitCode);

    [Theory]
    [InlineData("the package to verify is missing")]
    [InlineData("unexpected '--bogus'", "{0}", "--bogus")]
    [InlineData("--key needs the path of a public key", "{0}", "--key")]
    public void A_command_line_mistake_is_exit_code_2_never_1(string error, params string[] arguments)
    {
        var result = Repro.Run(folder.Path, ["verify", .. arguments.Select(argument => argument.Replace("{0}", folder["p.nupkg"], StringComparison.Ordinal))]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {error}.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_refuses_a_project_at_other_inputs_without_building()
    {
        folder.Write("project/Model.csproj", "<Project />");
        folder.Write($"project/{ModelLock.FileName}", (Lock with { Inputs = Lock.Inputs with { Seed = 7 } }).ToJson());

        var result = Repro.Run(folder.Path, "verify", Package(), "--key", publicKey, "--rebuild", folder["project/Model.csproj"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error REPRO0068", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["project/bin"]));
    }
}
