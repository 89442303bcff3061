-- change: a new partition for 2025 (its key and index come from the parent)
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL, PRIMARY KEY (id, happened_on))
    PARTITION BY RANGE (happened_on);
CREATE INDEX events_happened_on ON events (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
