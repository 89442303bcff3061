-- dialects: postgresql
CREATE DOMAIN percent AS integer CHECK (VALUE >= 0);
CREATE TABLE t (id integer PRIMARY KEY, p percent);
INSERT INTO t VALUES (1, 5), (2, 50);
