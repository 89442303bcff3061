-- dialects: postgresql
CREATE TABLE vehicles (id integer PRIMARY KEY, name text NOT NULL);
