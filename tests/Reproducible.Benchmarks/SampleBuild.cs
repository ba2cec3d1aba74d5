namespace Reproducible.Benchmarks;

// dotnet build of a sample copy, with the same flags for both sides but the one that turns the plugin off.
// No shared compiler server, so that no process outlives the benchmark; a no-op build compiles nothing anyway.
sealed class SampleBuild(SampleCopy copy)
{
    static readonly string[] Flags = ["--nologo", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false"];

    public CommandResult First(bool plugin) => Build(plugin, []);

    public CommandResult NoOp(bool plugin, params string[] extra) => Build(plugin, ["--no-restore", .. extra]);

    public string OutputAssembly(bool plugin) => Path.Combine(Project(plugin), "bin", "Debug", "net10.0", "FraudDetection.dll");

    CommandResult Build(bool plugin, string[] extra)
    {
        string[] switchOff = plugin ? [] : ["-p:ReproducibleEnabled=false"];
        return Command.Run("dotnet", ["build", .. Flags, .. extra, .. switchOff], copy.Environment, Project(plugin));
    }

    string Project(bool plugin) => plugin ? copy.WithPlugin : copy.WithoutPlugin;
}
