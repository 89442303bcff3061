-- change: table parameters changed and one reset, an index gets a fillfactor, a new table with parameters
CREATE TABLE queue (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 70);
CREATE INDEX queue_payload ON queue (payload) WITH (fillfactor = 50);
CREATE TABLE hot_counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0) WITH (fillfactor = 50);
