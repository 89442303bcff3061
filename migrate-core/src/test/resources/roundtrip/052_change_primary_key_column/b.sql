-- change: the primary key moves from id to the natural key iso_code (same constraint name)
CREATE TABLE currencies (
    id INT NOT NULL,
    iso_code CHAR(3) NOT NULL,
    name VARCHAR(50) NOT NULL,
    CONSTRAINT currencies_pk PRIMARY KEY (iso_code)
);
