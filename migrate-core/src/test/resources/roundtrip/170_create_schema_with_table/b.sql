-- change: a second schema with a table that references the default schema (qualified: H2 would look in billing)
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES public.customers (id),
    amount NUMERIC(12, 2) NOT NULL
);

CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id);
