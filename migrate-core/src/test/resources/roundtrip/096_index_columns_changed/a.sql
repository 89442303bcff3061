CREATE TABLE addresses (
    id INT NOT NULL PRIMARY KEY,
    city VARCHAR(100) NOT NULL,
    postal_code VARCHAR(12) NOT NULL,
    country CHAR(2) NOT NULL
);

CREATE INDEX addresses_place_idx ON addresses (city);
