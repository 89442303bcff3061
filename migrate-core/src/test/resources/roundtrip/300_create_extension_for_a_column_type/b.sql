-- change: an extension installed for a column type
CREATE EXTENSION citext;
CREATE TABLE t (id integer PRIMARY KEY, name text, email citext);
