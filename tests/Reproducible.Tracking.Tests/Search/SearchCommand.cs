using System.Data.Common;

namespace Reproducible.Tracking.Tests.Search;

/// <summary>Runs a translated search the way the store does: runs joined with their experiment, the store's tie-breakers, a limit.</summary>
public static class SearchCommand
{
    public static string Sql(SqlQuery query, int max) =>
        $"""
        SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id
        {(query.Where.Length > 0 ? $"WHERE {query.Where}" : "")}
        ORDER BY {(query.OrderBy.Length > 0 ? $"{query.OrderBy}, " : "")}r.start_time DESC, r.id
        LIMIT {max}
        """;

    public static DbCommand Create(DbConnection connection, SqlQuery query, int max)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql(query, max);
        for (var i = 0; i < query.Parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = SqlQuery.ParameterName(i);
            parameter.Value = query.Parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static List<string> Run(DbConnection connection, SqlQuery query, int max)
    {
        using var command = Create(connection, query, max);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
