-- change: a domain gets a default and NOT NULL
CREATE DOMAIN flag AS boolean DEFAULT false NOT NULL;
CREATE TABLE t (id integer PRIMARY KEY);
