using MathNet.Numerics.LinearAlgebra;

static class RocCurve
{
    public static double AreaByRankSum(Vector<double> scores, Vector<double> labels)
    {
        var (ranked, positiveRankSum) = (0, 0.0);
        foreach (var tied in TiedScores.Ascending(scores, labels))
        {
            var averageRank = ranked + (tied.Count + 1) / 2.0;
            positiveRankSum += averageRank * tied.Positives;
            ranked += tied.Count;
        }

        var positives = labels.Count(label => label == 1);
        var negatives = labels.Count - positives;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
