using Reproducible.Core.Locking;
using Reproducible.Core.Metrics;

namespace Reproducible.Build.Tests;

[Collection(PluginCollection.Name)]
public class SampleTests(PackedPlugin plugin)
{
    static readonly string[] ReportedMetrics = ["accuracy", "f1", "precision", "recall", "roc_auc"];

    [Fact]
    public void The_CSharp_sample_trains_a_logistic_regression_on_build()
    {
        var project = ModelProject.FromSample(plugin, "FraudDetection");

        var build = project.Build().ShouldSucceed();

        Assert.Contains("Training: ", build.Output, StringComparison.Ordinal);
        Assert.Contains("epoch 300/300", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "model.json")), build.Output);
        AssertReportsTheStandardMetrics(project);
        Assert.NotEmpty(MetricSet.Parse(File.ReadAllText(project.MetricsFile)).History("loss"));
        var lockFile = ModelLock.Parse(File.ReadAllText(project.LockFile), project.LockFile);
        Assert.Equal(["model.json"], lockFile.Outputs.Files.Keys);
        Assert.Equal("../data/transactions.csv", lockFile.Inputs.Data["transactions"].Path);
        Assert.Contains("MathNet.Numerics/5.0.0", lockFile.Inputs.Packages.Keys);
        Assert.Contains("Program.cs", lockFile.Inputs.CodeFiles.Keys);

        using (var store = Reproducible.Tracking.RunStore.Open(Path.Combine(plugin.Home, ".local", "share", "reproducible", "runs.db")))
        {
            var run = store.ListRuns("Contoso.FraudDetection", 1000).First(run => run.Fingerprint == lockFile.Fingerprint && run.Status == "finished");
            Assert.Equal(0.681, store.GetRun(run.Id).Metrics["f1"].Value, 3);
        }

        var again = project.Build().ShouldSucceed();

        Assert.Contains("Model is up to date", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("epoch 300/300", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Python_sample_trains_a_random_forest_on_build()
    {
        var project = ModelProject.FromSample(plugin, "FraudDetection.Python");

        var build = project.Build().ShouldSucceed();

        Assert.Contains("Training: /usr/bin/python3 train.py", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.ModelDirectory, "model.pkl")), build.Output);
        AssertReportsTheStandardMetrics(project);
        var environment = ModelLock.Parse(File.ReadAllText(project.LockFile), project.LockFile).Environment;
        Assert.StartsWith("3.", environment.Facts["python"], StringComparison.Ordinal);
        Assert.Contains("scikit-learn", environment.InterpreterPackages.Keys);
    }

    static void AssertReportsTheStandardMetrics(ModelProject project)
    {
        var metrics = MetricSet.Parse(File.ReadAllText(project.MetricsFile)).Final;
        Assert.Superset(ReportedMetrics.ToHashSet(), metrics.Keys.ToHashSet());
        Assert.All(ReportedMetrics, name => Assert.InRange(metrics[name], 0.0, 1.0));
        Assert.InRange(metrics["roc_auc"], 0.8, 1.0);
    }
}
