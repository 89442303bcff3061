-- change: a column goes away with the unique constraint, check and index that used it
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL
);
