-- dialects: postgresql
CREATE DOMAIN flag AS boolean;
CREATE TABLE t (id integer PRIMARY KEY);
