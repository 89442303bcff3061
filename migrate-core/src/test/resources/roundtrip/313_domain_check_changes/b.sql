-- change: a domain's check condition changes
CREATE DOMAIN percent AS integer CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 1000);
CREATE TABLE t (id integer PRIMARY KEY, p percent);
