namespace Reproducible.Core.Tuning;

/// <summary>
/// Each observation votes for its choice, smoothed by a prior spread evenly over all choices; the mixture
/// of these votes, weighted like the numeric kernels, collapses to one distribution over the choices.
/// </summary>
sealed class CategoricalParzenEstimator
{
    readonly double[] probabilities;

    public CategoricalParzenEstimator(int choiceCount, IReadOnlyList<int> observations, double priorWeight)
    {
        var kernels = observations.Count + 1;
        double[] weights = [.. TpeWeights.ForObservations(observations.Count), priorWeight];
        var total = weights.Sum();
        var smoothing = priorWeight / kernels;
        probabilities = new double[choiceCount];
        for (var kernel = 0; kernel < kernels; kernel++)
        {
            var isObservation = kernel < observations.Count;
            var norm = choiceCount * smoothing + (isObservation ? 1 : 0);
            for (var choice = 0; choice < choiceCount; choice++)
            {
                var vote = smoothing + (isObservation && observations[kernel] == choice ? 1 : 0);
                probabilities[choice] += weights[kernel] / total * vote / norm;
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

    public double LogProbability(int choice) => Math.Log(probabilities[choice]);
}
