CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL,
    CONSTRAINT products_price_ck CHECK (price > 0)
);
