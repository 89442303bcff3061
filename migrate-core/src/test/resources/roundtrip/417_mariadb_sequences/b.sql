-- change: two sequences appear, one feeding the invoice number's default
CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9999999 CACHE 20;
CREATE SEQUENCE ticket_numbers START WITH 1 INCREMENT BY 5 CYCLE;
CREATE TABLE invoices (id BIGINT NOT NULL PRIMARY KEY,
    number BIGINT NOT NULL DEFAULT NEXT VALUE FOR invoice_numbers,
    total DECIMAL(10,2) NOT NULL);
