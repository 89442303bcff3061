-- change: a composite type
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE TYPE address AS (street text, zip varchar(10), city text);
COMMENT ON TYPE address IS 'postal';
