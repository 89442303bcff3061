-- dialects: postgresql
CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric(10,2));
