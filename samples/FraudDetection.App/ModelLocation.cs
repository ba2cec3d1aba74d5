static class ModelLocation
{
    public static string ModelFile { get; } =
        Path.Combine(AppContext.BaseDirectory, "models", "Contoso.FraudDetection", "model.json");

    public static string Require() =>
        File.Exists(ModelFile)
            ? ModelFile
            : throw new FileNotFoundException(
                $"The fraud model is not at {ModelFile}. The Contoso.FraudDetection package copies it there when this app is built: restore and build the app again.",
                ModelFile);
}
