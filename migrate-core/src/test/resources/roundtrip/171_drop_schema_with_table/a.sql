-- dialects: postgresql, h2
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

CREATE SEQUENCE billing.invoice_numbers START WITH 1000;

CREATE VIEW billing.large_invoices AS
SELECT id, amount FROM billing.invoices WHERE amount > 10000;
