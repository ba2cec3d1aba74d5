using System.Globalization;

namespace Reproducible.Benchmarks;

// Figure 4: what the plugin adds to a dotnet build of the C# sample that has nothing to do.
static class NoOpBuildBenchmark
{
    const int Figure = 4;
    const int Runs = 10;
    const int SummaryRuns = 3;
    const double TargetRatio = 1.10;
    const string UpToDate = "Model is up to date";

    public static void Run(string folder, string repositoryRoot, ResultTable table)
    {
        Progress.Say("figure 4: copying the C# sample and the packed plugin");
        var build = new SampleBuild(SampleCopy.Create(folder, repositoryRoot));
        Progress.Say("figure 4: first builds: restore, compile, and train on the side with the plugin");
        build.First(plugin: true);
        build.First(plugin: false);
        Progress.Say("figure 4: one warm-up no-op build each");
        NoOp(build, plugin: true);
        NoOp(build, plugin: false);

        Progress.Say($"figure 4: {Runs} no-op builds each, interleaved");
        var stamps = (File.GetLastWriteTimeUtc(build.OutputAssembly(true)), File.GetLastWriteTimeUtc(build.OutputAssembly(false)));
        var with = new List<double>();
        var without = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            with.Add(NoOp(build, plugin: true));
            without.Add(NoOp(build, plugin: false));
        }

        Expect(stamps == (File.GetLastWriteTimeUtc(build.OutputAssembly(true)), File.GetLastWriteTimeUtc(build.OutputAssembly(false))), "a timed build compiled the sample again");

        Progress.Say($"figure 4: {SummaryRuns} no-op builds with {PerformanceSummary.Switch}");
        var summaries = Enumerable.Range(0, SummaryRuns).Select(_ => build.NoOp(true, PerformanceSummary.Switch).Output).ToArray();
        var target = Median.Of(summaries.Select(output => PerformanceSummary.Milliseconds(output, "ReproTrain")).ToArray());
        var task = Median.Of(summaries.Select(output => PerformanceSummary.Milliseconds(output, "TrainModel")).ToArray());

        var on = new Sample("no-op `dotnet build`, plugin on", with);
        var off = new Sample("no-op `dotnet build`, `-p:ReproducibleEnabled=false`", without);
        foreach (var sample in new[] { on, off })
        {
            table.Add(new Row(Figure, sample.Name, Rate.Seconds(sample.Median), "", $"{Runs} runs: {Rate.Seconds(sample.Seconds.Min())} to {Rate.Seconds(sample.Seconds.Max())}", Verdict.None));
        }

        var ratio = on.Median / off.Median;
        table.Judge(Figure, "no-op build overhead: on / off", Rate.Ratio(ratio), "", $"≤ {Rate.Ratio(TargetRatio)}", ratio <= TargetRatio);
        table.Add(new Row(
            Figure,
            $"`ReproTrain` target in a no-op build (`{PerformanceSummary.Switch}`, median of {SummaryRuns})",
            string.Create(CultureInfo.InvariantCulture, $"{target:0} ms"),
            "",
            string.Create(CultureInfo.InvariantCulture, $"of which the `TrainModel` task: {task:0} ms; {target / 10 / off.Median:0.0} % of the build without the plugin"),
            Verdict.Info));
        table.Note($"Figure 4: two copies of samples/FraudDetection built against the freshly packed plugin, with a private NUGET_PACKAGES and result cache; one always built with the plugin, one always with `-p:ReproducibleEnabled=false` (in a shared folder, a build without the plugin lets IncrementalClean delete the model, and the next build restores it). Both sides: `dotnet build --no-restore -nodeReuse:false -tl:off -p:UseSharedCompilation=false`, MSBUILDDISABLENODEREUSE=1. One warm-up each, then {Runs} each, interleaved; every build with the plugin said \"{UpToDate}\", and none compiled.");
    }

    static double NoOp(SampleBuild build, bool plugin)
    {
        var result = build.NoOp(plugin);
        Expect(result.Output.Contains(UpToDate, StringComparison.Ordinal) == plugin, plugin ? $"the build with the plugin did not say \"{UpToDate}\":\n{result.Output}" : "the build without the plugin ran it");
        return result.Seconds;
    }

    static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Figure 4 is not measuring what it should: {failure}.");
        }
    }
}
