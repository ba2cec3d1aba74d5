namespace Reproducible.Core.Tuning;

/// <summary>The weights of a Parzen mixture's kernels: one per observation, oldest first, then the prior; they sum to 1.</summary>
sealed class MixtureWeights
{
    readonly double[] weights;
    readonly double[] cumulative;
    readonly double[] logWeights;

    public MixtureWeights(int observations, double priorWeight)
    {
        double[] raw = [.. TpeWeights.ForObservations(observations), priorWeight];
        var total = raw.Sum();
        weights = [.. raw.Select(weight => weight / total)];
        var runningTotal = 0.0;
        cumulative = [.. weights.Select(weight => runningTotal += weight)];
        logWeights = [.. weights.Select(weight => Math.Log(weight))];
    }

    public double this[int kernel] => weights[kernel];

    /// <summary>A new array of the weights' logarithms, for the caller to add to.</summary>
    public double[] LogWeights() => [.. logWeights];

    /// <summary>A kernel, with the probability of its weight.</summary>
    public int Choose(Random random)
    {
        var kernel = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(kernel < 0 ? ~kernel : kernel, cumulative.Length - 1);
    }
}
