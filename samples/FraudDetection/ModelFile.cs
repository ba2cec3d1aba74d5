using System.Text.Json;

sealed record ModelFile(
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
        WriteIndented = true,
        NewLine = "\n",
    };

    public static ModelFile Of(FeatureEncoder encoder, LogisticModel model, double threshold) =>
        new(encoder.Names, encoder.Means, encoder.Stds, [.. model.Weights], model.Bias, threshold);

    public void WriteTo(string directory) =>
        File.WriteAllText(Path.Combine(directory, "model.json"), JsonSerializer.Serialize(this, options) + "\n");
}
