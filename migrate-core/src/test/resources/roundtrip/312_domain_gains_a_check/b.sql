-- change: a domain gains a named check
CREATE DOMAIN code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE t (id integer PRIMARY KEY, c code);
