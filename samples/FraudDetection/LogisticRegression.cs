using MathNet.Numerics.LinearAlgebra;

static class LogisticRegression
{
    public static LogisticModel Train(Matrix<double> features, Vector<double> labels, TrainingOptions options, Action<int, double, LogisticModel> reportProgress)
    {
        var sampleWeights = labels.Map(label => label == 1 ? options.PositiveWeight : 1);
        var totalWeight = sampleWeights.Sum();
        var model = new LogisticModel(Vector<double>.Build.Dense(features.ColumnCount), 0);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var logits = model.Logits(features);
            reportProgress(epoch, WeightedLogLoss(logits, labels, sampleWeights) / totalWeight + options.L2 / 2 * model.Weights.DotProduct(model.Weights), model);
            var residuals = (logits.Map(LogisticModel.Sigmoid) - labels).PointwiseMultiply(sampleWeights) / totalWeight;
            model = new LogisticModel(
                model.Weights - options.LearningRate * (features.TransposeThisAndMultiply(residuals) + options.L2 * model.Weights),
                model.Bias - options.LearningRate * residuals.Sum());
        }

        return model;
    }

    static double WeightedLogLoss(Vector<double> logits, Vector<double> labels, Vector<double> sampleWeights) =>
        logits.Map(SoftPlus).Subtract(labels.PointwiseMultiply(logits)).DotProduct(sampleWeights);

    static double SoftPlus(double logit) => Math.Max(logit, 0) + double.LogP1(Math.Exp(-Math.Abs(logit)));
}
