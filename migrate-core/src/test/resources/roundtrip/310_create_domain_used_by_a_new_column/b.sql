-- change: a domain and a column of it
CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE TABLE t (id integer PRIMARY KEY, name text, price positive_amount);
