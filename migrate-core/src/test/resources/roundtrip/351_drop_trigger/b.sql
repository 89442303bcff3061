-- change: a trigger and its function go
CREATE TABLE t (id integer PRIMARY KEY, name text, changed timestamptz);
