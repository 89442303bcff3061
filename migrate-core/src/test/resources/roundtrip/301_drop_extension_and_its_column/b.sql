-- change: an extension and the column using its type go
CREATE TABLE t (id integer PRIMARY KEY, name text);
