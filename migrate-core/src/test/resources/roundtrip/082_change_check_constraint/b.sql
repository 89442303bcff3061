-- change: the same-named check allows zero and caps the price
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL,
    CONSTRAINT products_price_ck CHECK (price >= 0 AND price < 1000000)
);
