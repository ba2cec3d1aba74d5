using System.Globalization;

sealed class CsvRow(string path, int lineNumber, string[] fields, IReadOnlyDictionary<string, int> columns)
{
    public string Text(string column) => fields[columns[column]];

    public double Number(string column) =>
        double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"{path}, line {lineNumber}: {column} is '{Text(column)}', which is not a number.");
}
