using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;

sealed class FeatureEncoder
{
    readonly IReadOnlyList<Feature> features;

    FeatureEncoder(IReadOnlyList<Feature> features, Matrix<double> training)
    {
        this.features = features;
        Means = [.. training.EnumerateColumns().Select(column => column.Mean())];
        Stds = [.. training.EnumerateColumns().Select(column => column.PopulationStandardDeviation()).Select(std => std > 0 ? std : 1)];
    }

    public IReadOnlyList<string> Names => [.. features.Select(feature => feature.Name)];

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Stds { get; }

    public static FeatureEncoder Fit(IReadOnlyList<Transaction> training)
    {
        var features = FeatureSet.For(training);
        return new(features, Raw(features, training));
    }

    public Matrix<double> Encode(IReadOnlyList<Transaction> transactions) =>
        Raw(features, transactions).MapIndexed((_, column, value) => (value - Means[column]) / Stds[column]);

    static Matrix<double> Raw(IReadOnlyList<Feature> features, IReadOnlyList<Transaction> transactions) =>
        Matrix<double>.Build.Dense(transactions.Count, features.Count, (row, column) => features[column].Value(transactions[row]));
}
