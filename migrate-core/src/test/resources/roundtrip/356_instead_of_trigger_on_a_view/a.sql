-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, name FROM t;
