-- change: an index built as pg_dump writes it (ON ONLY the parent, then each partition's index attached)
CREATE TABLE visits (id bigint NOT NULL, at date NOT NULL, page text) PARTITION BY RANGE (at);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX visits_page ON ONLY visits (page);
CREATE INDEX visits_2024_page ON visits_2024 (page);
CREATE INDEX visits_2025_page ON visits_2025 (page);
ALTER INDEX visits_page ATTACH PARTITION visits_2024_page;
ALTER INDEX visits_page ATTACH PARTITION visits_2025_page;
