-- dialects: mariadb
CREATE SEQUENCE pet_seq START WITH 1 INCREMENT BY 1;
