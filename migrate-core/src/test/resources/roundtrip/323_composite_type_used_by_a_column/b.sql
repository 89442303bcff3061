-- change: a composite type and a column of it
CREATE TYPE address AS (street text, city text);
CREATE TABLE t (id integer PRIMARY KEY, name text, home address);
