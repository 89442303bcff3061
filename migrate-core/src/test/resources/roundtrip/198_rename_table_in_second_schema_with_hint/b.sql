-- change: a table in a non-default schema is renamed (hinted)
CREATE SCHEMA billing;

CREATE TABLE billing.invoices ( -- migrate:renamed-from bills
    id INT NOT NULL PRIMARY KEY,
    amount NUMERIC(12, 2) NOT NULL
);
