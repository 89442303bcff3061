-- change: a standalone sequence feeds a column default (H2 spelling; not an identity)
CREATE SEQUENCE invoice_numbers START WITH 10000;

CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY,
    number BIGINT NOT NULL DEFAULT NEXT VALUE FOR invoice_numbers
);
