-- change: one sequence goes away
CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY
);

CREATE SEQUENCE invoice_numbers START WITH 100;
