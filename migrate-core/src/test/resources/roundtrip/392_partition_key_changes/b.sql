-- change: partitioned by host instead of date: dropped and created again, with a warning
CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, host text NOT NULL) PARTITION BY LIST (host);
CREATE TABLE metrics_web PARTITION OF metrics FOR VALUES IN ('web');
