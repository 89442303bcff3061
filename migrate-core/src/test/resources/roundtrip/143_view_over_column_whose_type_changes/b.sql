-- change: columns the view reads change type: PostgreSQL refuses, so the view is dropped and recreated
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    price NUMERIC(12, 2) NOT NULL
);

CREATE VIEW cheap_products AS
SELECT id, name, price FROM products WHERE price < 10;
