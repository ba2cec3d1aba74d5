namespace Reproducible.Tracking;

public enum SqlDialect
{
    Sqlite,
    Postgres,
}
