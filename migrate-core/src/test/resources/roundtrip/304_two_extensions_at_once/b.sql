-- change: two extensions, one used by a domain
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%_@_%');
CREATE TABLE t (id integer PRIMARY KEY, name text, contact email);
