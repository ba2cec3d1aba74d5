using MathNet.Numerics.LinearAlgebra;

sealed record LogisticModel(Vector<double> Weights, double Bias)
{
    public Vector<double> Logits(Matrix<double> features) => features * Weights + Bias;

    public Vector<double> Probabilities(Matrix<double> features) => Logits(features).Map(Sigmoid);

    public static double Sigmoid(double logit) =>
        logit >= 0 ? 1 / (1 + Math.Exp(-logit)) : Math.Exp(logit) / (1 + Math.Exp(logit));
}
