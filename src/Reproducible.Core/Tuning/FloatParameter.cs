namespace Reproducible.Core.Tuning;

public sealed record FloatParameter : Parameter
{
    public FloatParameter(string name, double low, double high, bool log = false) : base(name)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || low >= high)
            throw new ArgumentException($"Parameter '{name}': low ({low}) must be less than high ({high}).", nameof(low));
        if (log && low <= 0)
            throw new ArgumentException($"Parameter '{name}': a log scale needs low > 0, not {low}.", nameof(low));
        (Low, High, Log) = (low, high, log);
    }

    public double Low { get; }

    public double High { get; }

    public bool Log { get; }

    public override object SampleUniformly(Random random) =>
        Log
            ? Math.Clamp(Math.Exp(Math.Log(Low) + random.NextDouble() * (Math.Log(High) - Math.Log(Low))), Low, High)
            : Low + random.NextDouble() * (High - Low);
}
