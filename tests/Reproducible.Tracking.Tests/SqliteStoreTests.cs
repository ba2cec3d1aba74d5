using Reproducible.Testing;
using Reproducible.Tracking.Storage;

namespace Reproducible.Tracking.Tests;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    readonly TemporaryDirectory directory = new("repro-store");

    protected override string Location => directory["runs.db"];

    public void Dispose() => directory.Dispose();

    internal override Database OpenDatabase() => SqliteDatabase.Open(Location);
}
