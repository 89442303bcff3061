-- change: a composite type retypes one attribute and drops the last
CREATE TYPE address AS (street text, zip varchar(10));
