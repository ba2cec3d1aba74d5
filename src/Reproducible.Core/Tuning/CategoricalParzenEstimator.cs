namespace Reproducible.Core.Tuning;

/// <summary>
/// Each observation votes for its choice, smoothed by a prior spread evenly over all choices; the mixture
/// of these votes, weighted like the numeric kernels, collapses to one distribution over the choices.
/// </summary>
sealed class CategoricalParzenEstimator
{
    readonly IReadOnlyList<int> observations;
    readonly double smoothing;
    readonly double[] probabilities;

    public CategoricalParzenEstimator(int choiceCount, IReadOnlyList<int> observations, double priorWeight)
    {
        this.observations = observations;
        var kernels = observations.Count + 1;
        var weights = new MixtureWeights(observations.Count, priorWeight);
        smoothing = priorWeight / kernels;
        probabilities = new double[choiceCount];
        for (var kernel = 0; kernel < kernels; kernel++)
        {
            var isObservation = kernel < observations.Count;
            var norm = choiceCount * smoothing + (isObservation ? 1 : 0);
            for (var choice = 0; choice < choiceCount; choice++)
            {
                var vote = smoothing + (isObservation && observations[kernel] == choice ? 1 : 0);
                probabilities[choice] += weights[kernel] * vote / norm;
            }
        }
    }

    public int Sample(Random random)
    {
        var threshold = random.NextDouble();
        var cumulative = 0.0;
        for (var choice = 0; choice < probabilities.Length - 1; choice++)
            if ((cumulative += probabilities[choice]) > threshold)
                return choice;
        return probabilities.Length - 1;
    }

    /// <summary>
    /// A choice from one kernel: an observation's (by its index) or, after the last, the prior's. An observation's kernel
    /// is its own choice with weight 1 and every choice with the smoothing weight, so it is a vote or a uniform draw.
    /// </summary>
    public int Sample(int kernel, Random random) =>
        kernel < observations.Count && random.NextDouble() * (probabilities.Length * smoothing + 1) < 1
            ? observations[kernel]
            : random.Next(probabilities.Length);

    public double LogProbability(int choice) => Math.Log(probabilities[choice]);
}
