-- dialects: mariadb
CREATE TABLE products (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, price DECIMAL(10,2) NOT NULL);

CREATE VIEW priced AS SELECT id, name, price FROM products WHERE price > 0;

CREATE VIEW cheap AS SELECT id, name FROM priced WHERE price < 10;
