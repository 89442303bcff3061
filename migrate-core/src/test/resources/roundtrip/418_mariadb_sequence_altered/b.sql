-- change: the sequence steps by 10, caches less and cycles
CREATE SEQUENCE order_numbers START WITH 1 INCREMENT BY 10 MAXVALUE 999999 CACHE 50 CYCLE;
