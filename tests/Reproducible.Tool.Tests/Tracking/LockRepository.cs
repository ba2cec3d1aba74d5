using Reproducible.Core.Locking;
using Reproducible.Testing;

namespace Reproducible.Tool.Tests.Tracking;

/// <summary>A git repository with a model project's lock committed twice, and a third, uncommitted version in the working tree.</summary>
sealed class LockRepository : IDisposable
{
    public LockRepository()
    {
        Git("init", "-q");
        Commit(new() { ["f1"] = 0.6, ["roc_auc"] = 0.99, ["loss"] = 0.35 });
        Commit(new() { ["f1"] = 0.681, ["roc_auc"] = 0.9943, ["loss"] = 0.3 });
        WriteLock(new() { ["f1"] = 0.7, ["roc_auc"] = 0.99, ["accuracy"] = 0.9911 });
    }

    public TemporaryDirectory Folder { get; } = new("repro-metrics-diff");

    public string Project => Folder["model"];

    public void Dispose() => Folder.Dispose();

    void Commit(Dictionary<string, double> metrics)
    {
        WriteLock(metrics);
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "Train");
    }

    void WriteLock(Dictionary<string, double> metrics) =>
        Folder.Write(Path.Combine("model", ModelLock.FileName), Lock(metrics).ToJson());

    void Git(params string[] arguments) => Command.Run("git", arguments, Folder.Path).ShouldSucceed();

    static ModelLock Lock(Dictionary<string, double> metrics) => new(
        new LockInputs(
            "dotnet exec FraudDetection.dll",
            new Dictionary<string, string> { ["Program.cs"] = new string('a', 64) },
            new Dictionary<string, string> { ["MathNet.Numerics/5.0.0"] = "sha512-pg1W2VwaEQ==" },
            new Dictionary<string, DataDigest> { ["transactions"] = new("../data/transactions.csv", new string('c', 64)) },
            new Dictionary<string, string> { ["learning_rate"] = "0.5" },
            42,
            new Dictionary<string, string> { ["architecture"] = "x64", ["os"] = "linux", ["protocol"] = "1" }),
        new LockOutputs(new Dictionary<string, string> { ["model.json"] = new string('e', 64) }, metrics),
        new EnvironmentRecord(new Dictionary<string, string> { ["sdk"] = "10.0.401" }, new Dictionary<string, string>()));
}
