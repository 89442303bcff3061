-- change: a column a view reads is renamed (hinted); the view reads the new name but keeps its output column
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL -- migrate:renamed-from title
);

CREATE VIEW product_titles AS SELECT id, name AS title FROM products;
