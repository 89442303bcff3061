-- change: a range-partitioned table with a key, an index, two partitions and a default partition
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE events (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers (id),
    happened_on date NOT NULL,
    kind text NOT NULL CHECK (kind <> ''),
    PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
