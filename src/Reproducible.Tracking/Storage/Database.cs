using System.Data.Common;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

/// <summary>One open connection to a store, and what differs between SQLite and PostgreSQL.</summary>
abstract class Database(DbConnection connection, string description) : IDisposable
{
    const int MaxAttempts = 50;

    public string Description { get; } = description;

    public abstract SqlDialect Dialect { get; }

    public abstract bool HasTable(DbTransaction? transaction, string name);

    public abstract bool HasOtherTables(DbTransaction? transaction);

    /// <summary>Keeps two processes from migrating the same store at once; SQLite's write lock does that already.</summary>
    public virtual void LockSchema(DbTransaction transaction)
    {
    }

    protected abstract DbTransaction BeginWrite();

    protected abstract bool IsTransient(DbException exception);

    public T Write<T>(Func<DbTransaction, T> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var transaction = BeginWrite();
                var result = work(transaction);
                transaction.Commit();
                return result;
            }
            catch (DbException e) when (IsTransient(e) && attempt < MaxAttempts)
            {
                Thread.Sleep(Backoff(attempt));
            }
            catch (DbException e)
            {
                throw new ReproException(TrackingErrors.StoreFailed(Description, e.Message));
            }
        }
    }

    public void Write(Action<DbTransaction> work) => Write(transaction =>
    {
        work(transaction);
        return 0;
    });

    public IReadOnlyList<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        Read(() =>
        {
            using var command = Command(sql, null, parameters);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        });

    public DbCommand Command(string sql, DbTransaction? transaction, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public int Execute(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    public void Dispose() => connection.Dispose();

    T Read<T>(Func<T> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return read();
            }
            catch (DbException e) when (IsTransient(e) && attempt < MaxAttempts)
            {
                Thread.Sleep(Backoff(attempt));
            }
            catch (DbException e)
            {
                throw new ReproException(TrackingErrors.StoreFailed(Description, e.Message));
            }
        }
    }

    // Jitter keeps writers that collided once from colliding again in lock step.
    static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * Math.Min(attempt, 10));
}
