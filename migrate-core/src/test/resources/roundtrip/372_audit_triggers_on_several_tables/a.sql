-- dialects: postgresql
CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers);
