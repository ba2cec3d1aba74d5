sealed record CommandLine(string TransactionsPath, bool Json)
{
    public const string Usage =
        """
        Usage: FraudDetection.App <transactions.csv> [--json]

        Scores every transaction in the CSV file with the Contoso.FraudDetection model and prints
        how many were scored, how many are flagged as fraud, and the 5 highest-risk transactions.
        --json prints the same as a JSON object.
        """;

    public static CommandLine? Parse(string[] args)
    {
        var json = args.Contains("--json");
        var paths = args.Where(arg => arg != "--json").ToList();
        return paths is [var path] && !path.StartsWith('-') ? new(path, json) : null;
    }
}
