-- dialects: postgresql
CREATE TYPE address AS (street text, city text);
CREATE TABLE t (id integer PRIMARY KEY, name text, home address);
