using Reproducible.Core.Locking;
using Reproducible.Core.Training;
using Reproducible.Training;

namespace Reproducible.Core.Platform;

// Which facts enter the fingerprint (a change retrains) and which are only recorded is the
// documented policy in docs/lockfile.md; Strict fingerprints everything that is recorded.
public static class EnvironmentCapture
{
    public static IReadOnlyDictionary<string, string> Fingerprinted(EnvironmentPolicy policy, EnvironmentRecord recorded)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["architecture"] = MachineFacts.Architecture,
            ["os"] = MachineFacts.OperatingSystemFamily,
            ["protocol"] = RunProtocol.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in NumericalVariables.Read())
        {
            facts["env:" + name] = value;
        }

        if (policy == EnvironmentPolicy.Strict)
        {
            foreach (var (name, value) in recorded.Facts)
            {
                facts.TryAdd(name, value);
            }

            foreach (var (name, version) in recorded.InterpreterPackages)
            {
                facts["package:" + name] = version;
            }
        }

        return facts;
    }

    public static EnvironmentRecord Record(string sdkVersion, Interpreter? interpreter)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["cpu"] = MachineFacts.Cpu,
            ["dotnet"] = MachineFacts.DotNetRuntime,
            ["osName"] = MachineFacts.OperatingSystemName,
            ["processors"] = MachineFacts.ProcessorCount,
            ["sdk"] = string.IsNullOrEmpty(sdkVersion) ? "unknown" : sdkVersion,
        };
        if (interpreter is not null)
        {
            facts[interpreter.Name] = interpreter.Version;
        }

        return new EnvironmentRecord(facts, interpreter?.Packages ?? new Dictionary<string, string>());
    }

    public static EnvironmentRecord Record(string sdkVersion, CommandLine command, string workingDirectory) =>
        Record(sdkVersion, InterpreterProbe.Probe(command, workingDirectory));
}
