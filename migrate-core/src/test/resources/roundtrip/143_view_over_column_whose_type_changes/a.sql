CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    price NUMERIC(8, 2) NOT NULL
);

CREATE VIEW cheap_products AS
SELECT id, name, price FROM products WHERE price < 10;
