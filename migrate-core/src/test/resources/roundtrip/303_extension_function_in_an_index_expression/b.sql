-- change: an index on an extension's function
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX t_name_trigrams ON t (show_trgm(name));
