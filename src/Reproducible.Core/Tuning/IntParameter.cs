namespace Reproducible.Core.Tuning;

public sealed record IntParameter : Parameter
{
    public IntParameter(string name, int low, int high, int step = 1, bool log = false) : base(name)
    {
        if (low >= high)
            throw new ArgumentException($"Parameter '{name}': low ({low}) must be less than high ({high}).", nameof(low));
        if (step <= 0)
            throw new ArgumentException($"Parameter '{name}': step must be positive, not {step}.", nameof(step));
        if (((long)high - low) % step != 0)
            throw new ArgumentException($"Parameter '{name}': step {step} does not divide the range {low}..{high}.", nameof(step));
        if (log && low <= 0)
            throw new ArgumentException($"Parameter '{name}': a log scale needs low > 0, not {low}.", nameof(low));
        if (log && step != 1)
            throw new ArgumentException($"Parameter '{name}': a log scale takes no step other than 1.", nameof(step));
        (Low, High, Step, Log) = (low, high, step, log);
    }

    public int Low { get; }

    public int High { get; }

    public int Step { get; }

    public bool Log { get; }

    public IEnumerable<int> Values => Enumerable.Range(0, Count).Select(index => Low + index * Step);

    public int Count => (int)(((long)High - Low) / Step) + 1;

    public override object SampleUniformly(Random random) =>
        Log
            ? Math.Clamp((int)Math.Round(Math.Exp(Math.Log(Low - 0.5) + random.NextDouble() * (Math.Log(High + 0.5) - Math.Log(Low - 0.5)))), Low, High)
            : Low + random.Next(Count) * Step;
}
