using System.Text.Json;

static class JsonReport
{
    static readonly JsonSerializerOptions options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
    };

    public static string Of(ScoringSummary summary) => JsonSerializer.Serialize(summary, options);
}
