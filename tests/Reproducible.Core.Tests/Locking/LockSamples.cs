using Reproducible.Core.Locking;

namespace Reproducible.Core.Tests.Locking;

static class LockSamples
{
    public static LockInputs Inputs { get; } = new(
        "dotnet exec FraudDetection.dll",
        new Dictionary<string, string>
        {
            ["Program.cs"] = new string('a', 64),
            ["FraudDetection.csproj"] = new string('b', 64),
        },
        new Dictionary<string, string>
        {
            ["MathNet.Numerics/5.0.0"] = "sha512-pg1W2VwaEQ==",
            ["Reproducible.Build/0.1.0"] = "sha512-AAAA==",
        },
        new Dictionary<string, DataDigest>
        {
            ["transactions"] = new("../data/transactions.csv", new string('c', 64)),
            ["images"] = new("images/", new string('d', 64), 12),
        },
        new Dictionary<string, string> { ["learning_rate"] = "0.5", ["epochs"] = "300" },
        42,
        new Dictionary<string, string> { ["architecture"] = "x64", ["os"] = "linux", ["protocol"] = "1", ["env:OMP_NUM_THREADS"] = "1" });

    public static ModelLock Lock { get; } = new(
        Inputs,
        new LockOutputs(
            new Dictionary<string, string> { ["model.json"] = new string('e', 64) },
            new Dictionary<string, double> { ["f1"] = 0.681, ["roc_auc"] = 0.9943, ["broken"] = double.NaN }),
        new EnvironmentRecord(
            new Dictionary<string, string> { ["cpu"] = "Example CPU @ 2.0GHz", ["dotnet"] = "10.0.12", ["osName"] = "Debian GNU/Linux 12 (bookworm)", ["processors"] = "2", ["sdk"] = "10.0.401" },
            new Dictionary<string, string>()));
}
