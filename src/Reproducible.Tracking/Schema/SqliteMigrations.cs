namespace Reproducible.Tracking.Schema;

static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "runs, their parameters, metrics, tags and artifacts, indexed for search", """
            CREATE TABLE experiments (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at INTEGER NOT NULL
            );

            CREATE TABLE runs (
                id TEXT NOT NULL PRIMARY KEY,
                experiment_id INTEGER NOT NULL REFERENCES experiments (id),
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                start_time INTEGER NOT NULL,
                end_time INTEGER,
                fingerprint TEXT,
                source TEXT NOT NULL,
                parent_run_id TEXT REFERENCES runs (id),
                error TEXT
            );

            CREATE TABLE params (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (run_id, key)
            ) WITHOUT ROWID;

            CREATE TABLE metrics (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                value REAL,
                step INTEGER NOT NULL,
                timestamp INTEGER NOT NULL
            );

            CREATE TABLE latest_metrics (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                value REAL,
                step INTEGER NOT NULL,
                timestamp INTEGER NOT NULL,
                PRIMARY KEY (run_id, key)
            ) WITHOUT ROWID;

            CREATE TABLE tags (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (run_id, key)
            ) WITHOUT ROWID;

            CREATE TABLE artifacts (
                run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                size INTEGER NOT NULL,
                digest TEXT NOT NULL,
                PRIMARY KEY (run_id, path)
            ) WITHOUT ROWID;

            CREATE INDEX runs_by_experiment_and_start_time ON runs (experiment_id, start_time);
            CREATE INDEX runs_by_start_time ON runs (start_time);
            CREATE INDEX runs_by_parent ON runs (parent_run_id);
            CREATE INDEX runs_by_fingerprint ON runs (fingerprint);
            CREATE INDEX metrics_by_run_key_and_step ON metrics (run_id, key, step);
            CREATE INDEX latest_metrics_by_key_and_value ON latest_metrics (key, value, run_id);
            CREATE INDEX params_by_key_and_value ON params (key, value, run_id);
            CREATE INDEX tags_by_key_and_value ON tags (key, value, run_id);
            """),
    ];
}
