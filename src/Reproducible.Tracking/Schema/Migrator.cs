using System.Data.Common;
using Reproducible.Core.Diagnostics;
using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking.Schema;

sealed class Migrator(IReadOnlyList<Migration> migrations)
{
    public int Latest => migrations[^1].Version;

    public void Migrate(Database database)
    {
        // The common case, a store already at the latest version, takes no write lock.
        if (Checked(database, CurrentVersion(database, null)) == Latest)
        {
            return;
        }

        database.Write(transaction =>
        {
            database.LockSchema(transaction);
            var version = Checked(database, CurrentVersion(database, transaction));
            if (version == 0)
            {
                Create(database, transaction);
            }

            foreach (var migration in migrations.Where(migration => migration.Version > version))
            {
                database.Execute(transaction, migration.Sql);
                database.Execute(transaction, "UPDATE schema_version SET version = @version", ("@version", migration.Version));
            }
        });
    }

    static int CurrentVersion(Database database, DbTransaction? transaction) =>
        database.HasTable(transaction, "schema_version")
            ? Convert.ToInt32(database.Scalar(transaction, "SELECT max(version) FROM schema_version") ?? 0)
            : 0;

    int Checked(Database database, int version) =>
        version <= Latest ? version : throw new ReproException(TrackingErrors.NewerStore(database.Description, version, Latest));

    static void Create(Database database, DbTransaction transaction)
    {
        if (database.HasOtherTables(transaction))
        {
            throw new ReproException(TrackingErrors.NotARunStore(database.Description, "it is a database of another application (it has tables, but no schema_version)"));
        }

        database.Execute(transaction, "CREATE TABLE schema_version (version integer NOT NULL)");
        database.Execute(transaction, "INSERT INTO schema_version (version) VALUES (0)");
    }
}
