-- dialects: postgresql
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL, PRIMARY KEY (id, happened_on))
    PARTITION BY RANGE (happened_on);
CREATE INDEX events_happened_on ON events (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
