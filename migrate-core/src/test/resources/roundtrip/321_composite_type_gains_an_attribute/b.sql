-- change: a composite type gains an attribute
CREATE TYPE address AS (street text, city text, country char(2));
