-- change: two standalone sequences, one with every option
CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY
);

CREATE SEQUENCE invoice_numbers;

CREATE SEQUENCE ticket_numbers AS INTEGER START WITH 1000 INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 CACHE 20 CYCLE;
