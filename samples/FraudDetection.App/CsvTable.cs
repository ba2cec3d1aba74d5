sealed class CsvTable
{
    readonly string path;
    readonly string[] header;
    readonly Dictionary<string, int> columns;

    CsvTable(string path, string[] header)
    {
        this.path = path;
        this.header = header;
        columns = header.Select((name, index) => (name, index)).ToDictionary(column => column.name, column => column.index, StringComparer.Ordinal);
    }

    public static CsvTable Open(string path) =>
        File.ReadLines(path).FirstOrDefault() is { Length: > 0 } firstLine
            ? new(path, [.. firstLine.Split(',').Select(name => name.Trim())])
            : throw new FormatException($"{path} is empty; expected a header line.");

    public void RequireColumns(IEnumerable<string> required)
    {
        var missing = required.Distinct().Where(column => !columns.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{path}, line 1: the header has no column {string.Join(", ", missing)}.");
        }
    }

    public IEnumerable<CsvRow> Rows()
    {
        var lineNumber = 1;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            yield return fields.Length == header.Length
                ? new CsvRow(path, lineNumber, fields, columns)
                : throw new FormatException($"{path}, line {lineNumber}: expected {header.Length} fields, as in the header, but found {fields.Length}.");
        }
    }
}
