-- change: a new increment, start and cache
CREATE SEQUENCE invoice_numbers START WITH 500 INCREMENT BY 10 CACHE 50;
