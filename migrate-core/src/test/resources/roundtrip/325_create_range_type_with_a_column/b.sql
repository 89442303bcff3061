-- change: a range type and a column of it
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TABLE t (id integer PRIMARY KEY, name text, span floatrange);
