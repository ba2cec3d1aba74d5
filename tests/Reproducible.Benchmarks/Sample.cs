namespace Reproducible.Benchmarks;

sealed record Sample(string Name, IReadOnlyCollection<double> Seconds)
{
    public double Median => Benchmarks.Median.Of(Seconds);
}
