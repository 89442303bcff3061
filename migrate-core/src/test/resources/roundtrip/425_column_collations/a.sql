-- dialects: postgresql
CREATE TABLE products (id integer PRIMARY KEY, code text, name text COLLATE "C", label varchar(20));
