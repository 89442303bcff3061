-- dialects: postgresql, h2
CREATE SEQUENCE ticket_numbers START WITH 1 MINVALUE 1 MAXVALUE 9999 NO CYCLE;
