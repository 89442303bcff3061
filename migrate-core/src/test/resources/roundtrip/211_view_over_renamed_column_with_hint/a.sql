CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    title VARCHAR(100) NOT NULL
);

CREATE VIEW product_titles AS SELECT id, title FROM products;
