-- change: a domain check is tightened over rows that pass it
CREATE DOMAIN percent AS integer CHECK (VALUE >= 0) CHECK (VALUE <= 100);
CREATE TABLE t (id integer PRIMARY KEY, p percent);
