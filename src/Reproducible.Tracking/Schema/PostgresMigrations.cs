namespace Reproducible.Tracking.Schema;

static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "runs, their parameters, metrics, tags and artifacts, indexed for search", """
            CREATE TABLE experiments (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL UNIQUE,
                created_at bigint NOT NULL
            );

            CREATE TABLE runs (
                id text NOT NULL PRIMARY KEY,
                experiment_id bigint NOT NULL REFERENCES experiments (id),
                name text NOT NULL,
                status text NOT NULL,
                start_time bigint NOT NULL,
                end_time bigint,
                fingerprint text,
                source text NOT NULL,
                parent_run_id text REFERENCES runs (id),
                error text
            );

            CREATE TABLE params (
                run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key text NOT NULL,
                value text NOT NULL,
                PRIMARY KEY (run_id, key)
            );

            CREATE TABLE metrics (
                run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key text NOT NULL,
                value double precision,
                step bigint NOT NULL,
                timestamp bigint NOT NULL
            );

            CREATE TABLE latest_metrics (
                run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key text NOT NULL,
                value double precision,
                step bigint NOT NULL,
                timestamp bigint NOT NULL,
                PRIMARY KEY (run_id, key)
            );

            CREATE TABLE tags (
                run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                key text NOT NULL,
                value text NOT NULL,
                PRIMARY KEY (run_id, key)
            );

            CREATE TABLE artifacts (
                run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                path text NOT NULL,
                size bigint NOT NULL,
                digest text NOT NULL,
                PRIMARY KEY (run_id, path)
            );

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
