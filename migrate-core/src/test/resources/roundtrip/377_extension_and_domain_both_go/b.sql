-- change: an extension and the domain over its type go
CREATE TABLE t (id integer PRIMARY KEY);
