using System.Data.Common;
using Microsoft.Data.Sqlite;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

sealed class SqliteDatabase : Database
{
    const int Busy = 5;
    const int Locked = 6;
    const int Corrupt = 11;
    const int NotADatabase = 26;

    readonly SqliteConnection connection;

    SqliteDatabase(SqliteConnection connection, string path)
        : base(connection, path)
    {
        this.connection = connection;
    }

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public static SqliteDatabase Open(string path)
    {
        var full = Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            // A pooled connection would keep the file open, and its WAL unmerged, after the store is disposed.
            Pooling = false,
        }.ToString());
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            connection.Open();
            var database = new SqliteDatabase(connection, full);
            database.Configure();
            return database;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is NotADatabase or Corrupt)
        {
            connection.Dispose();
            throw new ReproException(TrackingErrors.NotARunStore(full, e.Message.TrimEnd('.')));
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw new ReproException(TrackingErrors.StoreUnreachable(full, e.Message.TrimEnd('.')));
        }
    }

    public override bool HasTable(DbTransaction? transaction, string name) =>
        Scalar(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name", ("@name", name)) is not 0L;

    public override bool HasOtherTables(DbTransaction? transaction) =>
        Scalar(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") is not 0L;

    protected override DbTransaction BeginWrite() => connection.BeginTransaction(deferred: false);

    protected override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked };

    void Configure()
    {
        Scalar(null, "PRAGMA busy_timeout = 10000");
        // Reading the schema first makes a file that is not a database fail here, before anything is written.
        Scalar(null, "SELECT count(*) FROM sqlite_master");
        Query("PRAGMA journal_mode = WAL", reader => reader.GetString(0));
        Query("PRAGMA synchronous = NORMAL", _ => 0);
    }
}
