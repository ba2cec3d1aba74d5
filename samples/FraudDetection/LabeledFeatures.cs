using MathNet.Numerics.LinearAlgebra;

sealed record LabeledFeatures(Matrix<double> Features, Vector<double> Labels)
{
    public static LabeledFeatures Of(FeatureEncoder encoder, IReadOnlyList<Transaction> transactions) =>
        new(encoder.Encode(transactions), Vector<double>.Build.Dense(transactions.Count, index => transactions[index].IsFraud ? 1 : 0));
}
