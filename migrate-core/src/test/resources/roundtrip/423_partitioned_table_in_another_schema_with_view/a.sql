-- dialects: postgresql
CREATE SCHEMA metrics;
CREATE TABLE metrics.samples (host text NOT NULL, at timestamptz NOT NULL, value double precision)
    PARTITION BY LIST (host);
CREATE TABLE metrics.samples_web PARTITION OF metrics.samples FOR VALUES IN ('web1', 'web2');
