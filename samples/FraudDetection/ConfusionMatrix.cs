using MathNet.Numerics.LinearAlgebra;

readonly record struct ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public static ConfusionMatrix Of(Vector<double> probabilities, Vector<double> labels, double threshold)
    {
        var matrix = new ConfusionMatrix();
        for (var index = 0; index < labels.Count; index++)
        {
            matrix = matrix.With(predictedFraud: probabilities[index] >= threshold, isFraud: labels[index] == 1);
        }

        return matrix;
    }

    public ConfusionMatrix With(bool predictedFraud, bool isFraud) =>
        (predictedFraud, isFraud) switch
        {
            (true, true) => this with { TruePositives = TruePositives + 1 },
            (true, false) => this with { FalsePositives = FalsePositives + 1 },
            (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
            (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        };

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalsePositives + TrueNegatives + FalseNegatives);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
