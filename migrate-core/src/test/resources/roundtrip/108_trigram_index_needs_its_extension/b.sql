-- change: a pg_trgm search index and the extension it needs
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX t_name_trigrams ON t USING gin (name gin_trgm_ops);
