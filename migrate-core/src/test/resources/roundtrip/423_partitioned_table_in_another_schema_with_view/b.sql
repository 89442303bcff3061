-- change: a partition in the public schema of a partitioned table in another schema, and a view over the parent
CREATE SCHEMA metrics;
CREATE TABLE metrics.samples (host text NOT NULL, at timestamptz NOT NULL, value double precision)
    PARTITION BY LIST (host);
CREATE TABLE metrics.samples_web PARTITION OF metrics.samples FOR VALUES IN ('web1', 'web2');
CREATE TABLE samples_db PARTITION OF metrics.samples FOR VALUES IN ('db1');
CREATE VIEW latest_samples AS SELECT host, max(at) AS at FROM metrics.samples GROUP BY host;
