-- dialects: postgresql
CREATE EXTENSION citext;
CREATE DOMAIN email AS citext;
CREATE TABLE t (id integer PRIMARY KEY, e email);
