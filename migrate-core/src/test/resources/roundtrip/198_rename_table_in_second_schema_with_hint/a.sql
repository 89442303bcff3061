-- dialects: postgresql, h2
CREATE SCHEMA billing;

CREATE TABLE billing.bills (
    id INT NOT NULL PRIMARY KEY,
    amount NUMERIC(12, 2) NOT NULL
);
