-- change: allocationSize raised to 50, bounded and cycling
CREATE SEQUENCE pet_seq START WITH 1 INCREMENT BY 50 MAXVALUE 1000000 NOCACHE CYCLE;
