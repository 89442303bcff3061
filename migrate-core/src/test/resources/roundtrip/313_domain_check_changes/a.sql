-- dialects: postgresql
CREATE DOMAIN percent AS integer CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE t (id integer PRIMARY KEY, p percent);
