-- change: a standalone sequence feeds a column default (not OWNED BY the column, so not a serial)
CREATE SEQUENCE invoice_numbers START WITH 10000;

CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY,
    number BIGINT NOT NULL DEFAULT nextval('invoice_numbers')
);
