-- dialects: postgresql
CREATE TABLE accounts (id integer PRIMARY KEY);
