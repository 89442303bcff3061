-- change: a domain and its column go
CREATE TABLE t (id integer PRIMARY KEY, name text);
