using System.IO.Compression;
using Reproducible.Testing;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class PackageTests(PackedPlugin plugin)
{
    const string Trainer = """
        echo '##repro {"type":"metric","name":"f1","value":0.9}'
        echo "weights for $(cat data.csv | wc -l) rows" > "$REPRO_OUTPUT_DIR/model.bin"
        """;

    ModelProject Project(string version = "1.2.0") =>
        ModelProject.Create(
            plugin,
            "Packed",
            $"<TrainCommand>sh train.sh</TrainCommand><PackageId>Contoso.Packed</PackageId><ModelVersion>{version}</ModelVersion><Authors>Contoso</Authors><Description>A test model.</Description>",
            """<TrainingData Include="data.csv" />""",
            ("train.sh", Trainer),
            ("data.csv", "x\n1\n2\n"),
            (".gitignore", "bin/\nobj/\n"));

    static string Pack(ModelProject project, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var output = Path.Combine(project.Directory, "bin", "packages");
        project.Build(environment, ["-t:Pack", "-p:PackageOutputPath=" + output + "/", .. arguments]).ShouldSucceed();
        return Directory.GetFiles(output, "*.nupkg").Single();
    }

    ModelProject Clone(string origin, string name)
    {
        var clone = plugin.NewProjectDirectory(name);
        Command.Run("git", ["clone", "-q", origin, clone], origin).ShouldSucceed();
        return ModelProject.Existing(plugin, Path.Combine(clone, "FraudDetection"), "FraudDetection.csproj");
    }

    [Fact]
    public void Two_clean_clones_of_the_CSharp_sample_at_different_paths_and_homes_pack_byte_identical_unsigned_packages()
    {
        var origin = ModelProject.FromSample(plugin, "FraudDetection");
        var repository = Path.GetDirectoryName(origin.Directory)!;
        File.WriteAllText(Path.Combine(repository, ".gitignore"), "bin/\nobj/\ncache/\n");
        origin.Build().ShouldSucceed();
        origin.Git("init", "-q", "-b", "main", repository);
        origin.Git("-C", repository, "add", "-A");
        origin.Git("-C", repository, "commit", "-q", "-m", "the fraud model, locked");
        var first = Clone(repository, "first");
        var second = Clone(repository, "second-clone-elsewhere");

        var a = Pack(first, new Dictionary<string, string?> { ["HOME"] = plugin.NewProjectDirectory("home-a") }, "-p:ReproSignProvenance=false");
        var b = Pack(second, new Dictionary<string, string?> { ["HOME"] = plugin.NewProjectDirectory("home-b") }, "-p:ReproSignProvenance=false");

        Assert.Equal("Contoso.FraudDetection.1.0.0.nupkg", Path.GetFileName(a));
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        using var package = ZipFile.OpenRead(a);
        Assert.Contains("1.0.0+fp.", new StreamReader(package.GetEntry("Contoso.FraudDetection.nuspec")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "model/model.json", "model.lock.json", "metrics.json", "README.md", "build/Contoso.FraudDetection.targets" }, package.Entries.Select(entry => entry.FullName).ToHashSet());
        Assert.DoesNotContain(package.Entries, entry => entry.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_of_uncommitted_inputs_is_a_pre_release()
    {
        var package = Pack(Project(), new Dictionary<string, string?>(), "-p:ReproSignProvenance=false");

        Assert.Equal("Contoso.Packed.1.2.0-uncommitted.nupkg", Path.GetFileName(package));
    }

    [Fact]
    public void A_signed_package_verifies_and_a_tampered_one_does_not()
    {
        var project = Project();
        var key = Path.Combine(project.Directory, "..", "signing-key.pem");
        Command.Run("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key + ".ec"], project.Directory).ShouldSucceed();
        Command.Run("openssl", ["pkcs8", "-topk8", "-nocrypt", "-in", key + ".ec", "-out", key], project.Directory).ShouldSucceed();
        Command.Run("openssl", ["ec", "-in", key, "-pubout", "-out", key + ".pub"], project.Directory).ShouldSucceed();
        var package = Pack(project, new Dictionary<string, string?> { ["REPRO_SIGNING_KEY"] = key });
        var tampered = Path.Combine(Path.GetDirectoryName(package)!, "tampered.nupkg");
        File.Copy(package, tampered);
        using (var zip = ZipFile.Open(tampered, ZipArchiveMode.Update))
        {
            zip.GetEntry("model/model.bin")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("model/model.bin").Open());
            writer.Write("poisoned weights\n");
        }

        var good = Repro("verify", package, "--key", key + ".pub").ShouldSucceed();
        var bad = Repro("verify", tampered, "--key", key + ".pub").ShouldFail();

        Assert.Contains("Verified.", good.Output, StringComparison.Ordinal);
        Assert.Contains("model/model.bin", bad.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllText(key).Split('\n')[1], good.Output + bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_certificate_signs_the_package_with_dotnet_nuget_sign_and_its_password_stays_out_of_the_log()
    {
        var project = Project();
        var folder = Path.Combine(project.Directory, "..");
        const string Password = "s3cret-pfx-password";
        File.WriteAllText(Path.Combine(folder, "cert.cnf"), """
            [req]
            distinguished_name = dn
            x509_extensions = ext
            prompt = no
            [dn]
            CN = Contoso Models
            [ext]
            basicConstraints = critical, CA:true
            keyUsage = critical, digitalSignature, keyCertSign
            extendedKeyUsage = codeSigning
            """);
        Command.Run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "cert.key", "-out", "cert.pem", "-days", "30", "-config", "cert.cnf"], folder).ShouldSucceed();
        Command.Run("openssl", ["pkcs12", "-export", "-inkey", "cert.key", "-in", "cert.pem", "-out", "cert.pfx", "-passout", "pass:" + Password], folder).ShouldSucceed();
        var fingerprint = Command.Run("openssl", ["x509", "-in", "cert.pem", "-noout", "-fingerprint", "-sha256"], folder).ShouldSucceed().Output.Split('=')[1].Trim().Replace(":", "", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "trust.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <trustedSigners>
                <author name="Contoso">
                  <certificate fingerprint="{fingerprint}" hashAlgorithm="SHA256" allowUntrustedRoot="true" />
                </author>
              </trustedSigners>
            </configuration>
            """);

        var output = Path.Combine(project.Directory, "bin", "packages");
        var pack = project.Build(["-t:Pack", "-v:n", "-p:PackageOutputPath=" + output + "/", "-p:ReproCertificatePath=" + Path.Combine(folder, "cert.pfx"), "-p:ReproCertificatePassword=" + Password]).ShouldSucceed();
        var package = Directory.GetFiles(output, "*.nupkg").Single();
        var verify = Command.Run("dotnet", ["nuget", "verify", "--all", package, "--configfile", Path.Combine(folder, "trust.config")], project.Directory, plugin.Isolated());

        Assert.Contains("Signed Contoso.Packed.1.2.0-uncommitted.nupkg", pack.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, pack.Output, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(package))
        {
            Assert.NotNull(zip.GetEntry(".signature.p7s"));
        }

        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Equal(0, Repro("verify", package).ExitCode);
    }

    [Fact]
    public void Verify_with_rebuild_retrains_from_the_lock_and_finds_the_same_model()
    {
        var project = Project();
        var package = Pack(project, new Dictionary<string, string?>());

        var rebuild = Command.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "dotnet-repro.dll"), "verify", package, "--rebuild", project.Directory], project.Directory, plugin.Isolated());

        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        Assert.Contains("rebuilt model/model.bin", rebuild.Output, StringComparison.Ordinal);
        Assert.Contains("bit for bit the package's", rebuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_model_version_fails_the_pack() =>
        Assert.Contains("error REPRO0071: ModelVersion '1.2' is not a semantic version", Project("1.2").Build("-t:Pack").ShouldFail().Output, StringComparison.Ordinal);

    [Fact]
    public void An_app_consumes_the_model_package_with_a_plain_PackageReference()
    {
        var model = ModelProject.FromSample(plugin, "FraudDetection");
        var feed = Path.Combine(model.Directory, "..", "models");
        model.Build(["-t:Pack", "-c", "Release", "-p:PackageOutputPath=" + feed + "/", "-p:ReproSignProvenance=false"]).ShouldSucceed();
        var app = ModelProject.FromSample(plugin, "FraudDetection.App");
        app.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="models" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var run = Command.Run("dotnet", ["run", "--", Path.Combine(model.Directory, "..", "data", "transactions.csv")], app.Directory, plugin.Isolated()).ShouldSucceed();

        Assert.Contains("Scored: 50000 transactions", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Flagged as fraud: \d+ \(1\.\d+%", run.Output);
    }

    static ProcessResult Repro(params string[] arguments) =>
        Command.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "dotnet-repro.dll"), .. arguments], AppContext.BaseDirectory);
}
