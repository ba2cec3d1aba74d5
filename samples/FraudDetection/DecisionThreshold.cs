using MathNet.Numerics.LinearAlgebra;

static class DecisionThreshold
{
    public static double MaximizingF1(Vector<double> probabilities, Vector<double> labels)
    {
        var positives = labels.Count(label => label == 1);
        var (predictedPositives, truePositives) = (0, 0);
        var best = (F1: 0.0, Threshold: 0.5);
        foreach (var tied in TiedScores.Ascending(probabilities, labels).Reverse())
        {
            predictedPositives += tied.Count;
            truePositives += tied.Positives;
            var f1 = 2.0 * truePositives / (predictedPositives + positives);
            best = f1 > best.F1 ? (f1, tied.Score) : best;
        }

        return best.Threshold;
    }
}
