-- dialects: postgresql
CREATE DOMAIN code AS text;
CREATE TABLE t (id integer PRIMARY KEY, c code);
