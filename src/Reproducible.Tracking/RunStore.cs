using System.Data.Common;
using Reproducible.Core.Diagnostics;
using Reproducible.Tracking.Schema;
using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking;

public static class RunStore
{
    /// <summary>Opens the store at <see cref="StoreLocation.Default"/>.</summary>
    public static IRunStore Open() => Open(StoreLocation.Default);

    /// <summary>
    /// Opens, creating and migrating it if need be, the store at <paramref name="location"/>: a
    /// <c>postgresql://</c> URL, an Npgsql connection string (<c>Host=…;Database=…</c>), or a SQLite file path.
    /// </summary>
    public static IRunStore Open(string location) =>
        PostgresLocation.Matches(location)
            ? Open(PostgresDatabase.Open(PostgresLocation.ToConnectionString(location)), PostgresMigrations.All)
            : Open(SqliteDatabase.Open(location), SqliteMigrations.All);

    internal static IRunStore Open(Database database, IReadOnlyList<Migration> migrations)
    {
        try
        {
            new Migrator(migrations).Migrate(database);
            return new SqlRunStore(database);
        }
        catch (DbException e)
        {
            database.Dispose();
            throw new ReproException(TrackingErrors.StoreFailed(database.Description, e.Message));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }
}
