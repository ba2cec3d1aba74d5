using System.Data.Common;
using Npgsql;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

sealed class PostgresDatabase : Database
{
    // Any fixed number: it only has to be the same in every process that migrates a store.
    const long SchemaLockKey = 0x5265_7072_6f53_746f;

    readonly NpgsqlConnection connection;

    PostgresDatabase(NpgsqlConnection connection, string description)
        : base(connection, description)
    {
        this.connection = connection;
    }

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public static PostgresDatabase Open(string connectionString)
    {
        var description = PostgresLocation.Describe(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return new PostgresDatabase(connection, description);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            connection.Dispose();
            throw new ReproException(TrackingErrors.StoreUnreachable(description, e.Message.TrimEnd('.')));
        }
    }

    // Not to_regclass: its catalog cache may not yet show a table that a concurrent migration just committed.
    public override bool HasTable(DbTransaction? transaction, string name) =>
        Scalar(transaction, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = @name)", ("@name", name)) is true;

    // A PostgreSQL database is often shared with other applications: their tables do not make it foreign.
    public override bool HasOtherTables(DbTransaction? transaction) => false;

    public override void LockSchema(DbTransaction transaction) =>
        Scalar(transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", SchemaLockKey));

    protected override DbTransaction BeginWrite() => connection.BeginTransaction();

    protected override bool IsTransient(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable };
}
