using MathNet.Numerics.LinearAlgebra;

sealed record Evaluation(ConfusionMatrix Confusion, double RocAuc)
{
    public static Evaluation Of(Vector<double> probabilities, Vector<double> labels, double threshold) =>
        new(ConfusionMatrix.Of(probabilities, labels, threshold), RocCurve.AreaByRankSum(probabilities, labels));

    public IEnumerable<(string Name, double Value)> Metrics =>
    [
        ("accuracy", Confusion.Accuracy),
        ("precision", Confusion.Precision),
        ("recall", Confusion.Recall),
        ("f1", Confusion.F1),
        ("roc_auc", RocAuc),
    ];
}
