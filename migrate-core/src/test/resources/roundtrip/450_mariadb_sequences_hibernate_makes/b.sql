-- change: the sequences Hibernate makes for @GeneratedValue (allocationSize 50), and one with every option
CREATE TABLE pet (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));
CREATE SEQUENCE pet_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_no START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 CACHE 20 CYCLE;
