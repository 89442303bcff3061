-- change: a unique key and an index on the parent (each partition gets its part; compared once, on the parent)
CREATE TABLE clicks (id bigint NOT NULL, at date NOT NULL, url text NOT NULL, UNIQUE (id, at))
    PARTITION BY RANGE (at);
CREATE INDEX clicks_url ON clicks (url);
CREATE TABLE clicks_2024 PARTITION OF clicks FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE clicks_2025 PARTITION OF clicks FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
