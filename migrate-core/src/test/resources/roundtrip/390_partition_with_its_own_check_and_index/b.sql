-- change: the partition gets a check and an index of its own; the parent's index stays the parent's
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, level text) PARTITION BY RANGE (at);
CREATE INDEX logs_at ON logs (at);
CREATE TABLE logs_2024 PARTITION OF logs (CONSTRAINT logs_2024_level CHECK (level <> 'trace'))
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX logs_2024_level_idx ON logs_2024 (level);
