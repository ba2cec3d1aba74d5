using System.Globalization;

sealed class CsvRow(string path, int lineNumber, string[] fields, IReadOnlyDictionary<string, int> columns)
{
    public string Text(string column) => fields[columns[column]];

    public double Number(string column) =>
        double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Invalid(column, "a number");

    public int Integer(string column) =>
        int.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(column, "a whole number");

    public bool Flag(string column) =>
        Text(column) switch
        {
            "0" => false,
            "1" => true,
            _ => throw Invalid(column, "0 or 1"),
        };

    FormatException Invalid(string column, string expected) =>
        new($"{path}, line {lineNumber}: {column} is '{Text(column)}', which is not {expected}.");
}
