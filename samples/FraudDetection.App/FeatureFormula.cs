sealed record FeatureFormula(string Column, Func<CsvRow, double> Value)
{
    const string LogPrefix = "log1p_";

    public static FeatureFormula Parse(string featureName) =>
        featureName switch
        {
            "hour_sin" => new("hour", row => Math.Sin(2 * Math.PI * row.Number("hour") / 24)),
            "hour_cos" => new("hour", row => Math.Cos(2 * Math.PI * row.Number("hour") / 24)),
            "is_weekend" => new("day_of_week", row => row.Number("day_of_week") >= 5 ? 1 : 0),
            _ when featureName.Split('=', 2) is [var column, var value] => new(column, row => row.Text(column) == value ? 1 : 0),
            _ when featureName.StartsWith(LogPrefix, StringComparison.Ordinal) => LogOf(featureName[LogPrefix.Length..]),
            _ => new(featureName, row => row.Number(featureName)),
        };

    static FeatureFormula LogOf(string column) => new(column, row => double.LogP1(row.Number(column)));
}
