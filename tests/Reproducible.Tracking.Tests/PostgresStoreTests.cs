using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContract
{
    protected override string Location { get; } = server.NewDatabase();

    internal override Database OpenDatabase() => PostgresDatabase.Open(Location);
}
