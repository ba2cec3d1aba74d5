namespace Reproducible.Tracking.Spool;

sealed record SpooledRun(int SchemaVersion, RunRecord Run)
{
    public const int CurrentVersion = 1;
}

sealed record SpoolVersion(int SchemaVersion);
