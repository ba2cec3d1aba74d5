using System.Text.Json;

sealed record FraudModel(
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Stds,
    IReadOnlyList<double> Weights,
    double Bias,
    double Threshold)
{
    static readonly JsonSerializerOptions options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectRequiredConstructorParameters = true,
    };

    public static FraudModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        var model = JsonSerializer.Deserialize<FraudModel>(stream, options)
            ?? throw new FormatException($"{path} holds null instead of a model.");
        var count = model.FeatureNames.Count;
        return model.Means.Count == count && model.Stds.Count == count && model.Weights.Count == count
            ? model
            : throw new FormatException($"{path}: featureNames, means, stds and weights must have the same length, but have {count}, {model.Means.Count}, {model.Stds.Count} and {model.Weights.Count}.");
    }

    public double Score(IReadOnlyList<double> features)
    {
        var logit = Bias;
        for (var index = 0; index < features.Count; index++)
        {
            logit += Weights[index] * (features[index] - Means[index]) / Stds[index];
        }

        return Sigmoid(logit);
    }

    static double Sigmoid(double logit) =>
        logit >= 0 ? 1 / (1 + Math.Exp(-logit)) : Math.Exp(logit) / (1 + Math.Exp(logit));
}
