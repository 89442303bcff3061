-- dialects: postgresql
CREATE TYPE address AS (street text, zip varchar(5), city text);
