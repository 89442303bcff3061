-- change: wider bounds, and the sequence wraps around
CREATE SEQUENCE ticket_numbers START WITH 1 MINVALUE 1 MAXVALUE 999999 CYCLE;
