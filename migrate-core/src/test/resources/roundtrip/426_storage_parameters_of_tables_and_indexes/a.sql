-- dialects: postgresql
CREATE TABLE queue (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 80, autovacuum_enabled = false);
CREATE INDEX queue_payload ON queue (payload);
