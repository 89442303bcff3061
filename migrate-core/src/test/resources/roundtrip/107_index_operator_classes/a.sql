-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, code text, tags jsonb);
CREATE INDEX t_code ON t (code);
