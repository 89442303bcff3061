-- dialects: postgresql
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, level text) PARTITION BY RANGE (at);
CREATE INDEX logs_at ON logs (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
