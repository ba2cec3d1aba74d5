using Reproducible.Core.Locking;

namespace Reproducible.Core.Tests.Locking;

public class InputChangesTests
{
    static readonly LockInputs Locked = LockSamples.Inputs;

    static string[] Changes(LockInputs current) => InputChanges.Between(Locked, current).ToArray();

    [Fact]
    public void Nothing_changed_says_nothing() => Assert.Empty(Changes(Locked with { }));

    [Fact]
    public void Names_a_changed_data_file_with_both_digests() =>
        Assert.Equal(
            [$"../data/transactions.csv changed (sha256 cccccccccccc… → 999999999999…)"],
            Changes(Locked with { Data = Locked.Data.ToDictionary(p => p.Key, p => p.Key == "transactions" ? p.Value with { Digest = new string('9', 64) } : p.Value) }));

    [Fact]
    public void Names_added_removed_and_moved_data()
    {
        var data = Locked.Data.ToDictionary();
        data.Remove("images");
        data["holdout"] = new DataDigest("holdout.csv", new string('1', 64));
        data["transactions"] = data["transactions"] with { Path = "data/transactions.csv" };

        Assert.Equal(
            ["data holdout.csv added (as 'holdout')", "data images/ removed (was 'images')", "data 'transactions' moved (../data/transactions.csv → data/transactions.csv)"],
            Changes(Locked with { Data = data }));
    }

    [Fact]
    public void Names_a_changed_folder_with_its_file_counts() =>
        Assert.Equal(
            ["images/ changed (12 → 13 files, sha256 dddddddddddd… → 222222222222…)"],
            Changes(Locked with { Data = Locked.Data.ToDictionary(p => p.Key, p => p.Key == "images" ? new DataDigest("images/", new string('2', 64), 13) : p.Value) }));

    [Fact]
    public void Names_parameters_seed_trainer_and_environment() =>
        Assert.Equal(
            [
                "trainer changed ('dotnet exec FraudDetection.dll' → 'python3 train.py')",
                "parameter epochs removed (was 300)",
                "parameter learning_rate changed (0.5 → 0.05)",
                "seed changed (42 → 7)",
                "environment env:OMP_NUM_THREADS changed (1 → 8)",
            ],
            Changes(Locked with
            {
                Trainer = "python3 train.py",
                Parameters = new Dictionary<string, string> { ["learning_rate"] = "0.05" },
                Seed = 7,
                Environment = Locked.Environment.ToDictionary(p => p.Key, p => p.Key == "env:OMP_NUM_THREADS" ? "8" : p.Value),
            }));

    [Fact]
    public void Names_code_files_and_package_versions() =>
        Assert.Equal(
            [
                "code file Model.cs added",
                "Program.cs changed (sha256 aaaaaaaaaaaa… → 333333333333…)",
                "package MathNet.Numerics changed (5.0.0 → 5.0.1)",
                "package Reproducible.Build 0.1.0 changed content (its hash differs)",
            ],
            Changes(Locked with
            {
                CodeFiles = new Dictionary<string, string> { ["Program.cs"] = new string('3', 64), ["FraudDetection.csproj"] = new string('b', 64), ["Model.cs"] = new string('4', 64) },
                Packages = new Dictionary<string, string> { ["MathNet.Numerics/5.0.1"] = "sha512-pg1W2VwaEQ==", ["Reproducible.Build/0.1.0"] = "sha512-BBBB==" },
            }));
}
