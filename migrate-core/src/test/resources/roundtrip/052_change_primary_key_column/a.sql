CREATE TABLE currencies (
    id INT NOT NULL,
    iso_code CHAR(3) NOT NULL,
    name VARCHAR(50) NOT NULL,
    CONSTRAINT currencies_pk PRIMARY KEY (id)
);
