-- change: a text column becomes an e-mail domain
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%_@_%');
CREATE TABLE t (id integer PRIMARY KEY, email email);
