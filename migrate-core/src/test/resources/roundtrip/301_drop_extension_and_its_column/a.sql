-- dialects: postgresql
CREATE EXTENSION citext;
CREATE TABLE t (id integer PRIMARY KEY, name text, email citext);
