-- change: a list partition dropped and another added, a column added to both partitioned tables
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric(10,2)) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE sessions (id bigint NOT NULL, started_at timestamptz) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (modulus 2, remainder 1);
