using System.Data.Common;

namespace Reproducible.Tracking.Storage;

/// <summary>Writes many rows with few statements: one round trip per chunk, not per row, matters on a server.</summary>
static class Rows
{
    const int ChunkSize = 200;

    /// <param name="insert">the statement up to <c>VALUES</c>, whose first column is the run id</param>
    /// <param name="onConflict">what follows the rows</param>
    public static void Insert<T>(Database database, DbTransaction transaction, string insert, string onConflict, string runId, IReadOnlyList<T> rows, Func<T, object?[]> columns)
    {
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var parameters = new List<(string Name, object? Value)> { ("@run", runId) };
            var values = new List<string>();
            foreach (var row in chunk)
            {
                var names = columns(row).Select((value, column) =>
                {
                    parameters.Add(($"@v{values.Count}_{column}", value));
                    return parameters[^1].Name;
                });
                values.Add($"(@run, {string.Join(", ", names)})");
            }

            database.Execute(transaction, $"{insert} VALUES {string.Join(", ", values)} {onConflict}", [.. parameters]);
        }
    }
}
