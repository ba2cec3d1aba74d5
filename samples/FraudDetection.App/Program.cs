using System.Text.Json;

if (CommandLine.Parse(args) is not { } commandLine)
{
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

try
{
    var model = FraudModel.Load(ModelLocation.Require());
    var scores = TransactionScoring.Score(model, CsvTable.Open(commandLine.TransactionsPath));
    var summary = ScoringSummary.Of(scores, model.Threshold);
    Console.WriteLine(commandLine.Json ? JsonReport.Of(summary) : TextReport.Of(summary));
    return 0;
}
catch (Exception exception) when (exception is IOException or FormatException or JsonException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}
