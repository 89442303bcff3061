-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, email text);
