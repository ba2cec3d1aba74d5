static class TransactionTable
{
    static readonly string[] requiredColumns =
    [
        "transaction_id", "amount", "hour", "day_of_week", "merchant_category",
        "distance_from_home_km", "distance_from_last_km", "ratio_to_median_purchase",
        "card_present", "used_chip", "used_pin", "online_order", "foreign_merchant",
        "transactions_last_24h", "account_age_days", "is_fraud",
    ];

    public static IReadOnlyList<Transaction> Load(string path)
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        var header = lines.MoveNext() ? lines.Current.Split(',') : throw new FormatException($"{path} is empty; expected a header line.");
        var columns = ColumnIndexes(path, header);
        var transactions = new List<Transaction>();
        for (var lineNumber = 2; lines.MoveNext(); lineNumber++)
        {
            if (lines.Current.Length > 0)
            {
                transactions.Add(Read(Row(path, lineNumber, lines.Current, header.Length, columns)));
            }
        }

        return transactions.Count > 0 ? transactions : throw new FormatException($"{path} has no transactions.");
    }

    static Dictionary<string, int> ColumnIndexes(string path, string[] header)
    {
        var columns = header.Select((name, index) => (name, index)).ToDictionary(column => column.name.Trim(), column => column.index, StringComparer.Ordinal);
        var missing = requiredColumns.Where(column => !columns.ContainsKey(column)).ToList();
        return missing.Count == 0 ? columns : throw new FormatException($"{path}, line 1: the header has no column {string.Join(", ", missing)}.");
    }

    static CsvRow Row(string path, int lineNumber, string line, int fieldCount, IReadOnlyDictionary<string, int> columns)
    {
        var fields = line.Split(',');
        return fields.Length == fieldCount
            ? new CsvRow(path, lineNumber, fields, columns)
            : throw new FormatException($"{path}, line {lineNumber}: expected {fieldCount} fields, as in the header, but found {fields.Length}.");
    }

    static Transaction Read(CsvRow row) =>
        new(
            row.Text("transaction_id"),
            row.Number("amount"),
            row.Integer("hour"),
            row.Integer("day_of_week"),
            row.Text("merchant_category"),
            row.Number("distance_from_home_km"),
            row.Number("distance_from_last_km"),
            row.Number("ratio_to_median_purchase"),
            row.Flag("card_present"),
            row.Flag("used_chip"),
            row.Flag("used_pin"),
            row.Flag("online_order"),
            row.Flag("foreign_merchant"),
            row.Integer("transactions_last_24h"),
            row.Integer("account_age_days"),
            row.Flag("is_fraud"));
}
