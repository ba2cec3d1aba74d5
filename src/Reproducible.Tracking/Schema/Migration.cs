namespace Reproducible.Tracking.Schema;

/// <summary>One step of a store's schema: applied in a transaction that also sets <c>schema_version</c> to <paramref name="Version"/>.</summary>
sealed record Migration(int Version, string Name, string Sql);
