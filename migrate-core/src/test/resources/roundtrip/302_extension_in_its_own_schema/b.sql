-- change: an extension installed in a schema of its own
CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE TABLE t (id integer PRIMARY KEY, name ext.citext);
