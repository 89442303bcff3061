-- change: named checks on money and stock
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL,
    stock INT NOT NULL,
    CONSTRAINT products_price_ck CHECK (price >= 0),
    CONSTRAINT products_stock_ck CHECK (stock >= 0)
);
