using MathNet.Numerics.LinearAlgebra;

readonly record struct TiedScores(double Score, int Count, int Positives)
{
    public static IEnumerable<TiedScores> Ascending(Vector<double> scores, Vector<double> labels) =>
        scores.Zip(labels)
            .GroupBy(pair => pair.First, pair => pair.Second)
            .Select(tied => new TiedScores(tied.Key, tied.Count(), tied.Count(label => label == 1)))
            .OrderBy(tied => tied.Score);
}
