namespace Reproducible.Training;

/// <summary>The run a trainer is part of: its context, and the way it reports metrics to the build.</summary>
public sealed class TrainingRun
{
    static readonly Lazy<TrainingRun> current = new(FromEnvironment);
    readonly TextWriter output;
    readonly Lock gate = new();

    /// <summary>Creates a run over a context, reporting to <paramref name="output"/> (standard output by default).</summary>
    public TrainingRun(RunContext context, TextWriter? output = null)
    {
        Context = context;
        Parameters = new Parameters(context.Parameters);
        this.output = output ?? Console.Out;
    }

    /// <summary>The run this process was started for by the build.</summary>
    /// <exception cref="InvalidOperationException">The process was not started by a Reproducible build.</exception>
    public static TrainingRun Current => current.Value;

    /// <summary>The context the build handed over.</summary>
    public RunContext Context { get; }

    /// <summary>The training seed.</summary>
    public int Seed => Context.Seed;

    /// <summary>The hyperparameters.</summary>
    public Parameters Parameters { get; }

    /// <summary>The absolute path of each training data item, by name.</summary>
    public IReadOnlyDictionary<string, string> Data => Context.Data;

    /// <summary>The folder to write model files to; every file in it becomes a build output.</summary>
    public string OutputDirectory => Context.OutputDirectory;

    /// <summary>Reports a metric value, optionally at a step; the last value reported for a name is its final value.</summary>
    public void LogMetric(string name, double value, long? step = null) => WriteLine(new MetricReport(name, value, step).ToLine());

    /// <summary>Writes a line to the build log.</summary>
    public void Log(string message) => WriteLine(message.StartsWith(RunProtocol.MessagePrefix, StringComparison.Ordinal) ? " " + message : message);

    void WriteLine(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    static TrainingRun FromEnvironment()
    {
        var path = Environment.GetEnvironmentVariable(RunProtocol.ContextVariable);
        if (string.IsNullOrEmpty(path))
        {
            throw new InvalidOperationException(
                $"This trainer was not started by a Reproducible build: {RunProtocol.ContextVariable} is not set. Train with 'dotnet build' or 'dotnet build -t:Train'.");
        }

        return new TrainingRun(RunContext.Parse(File.ReadAllText(path)));
    }
}
