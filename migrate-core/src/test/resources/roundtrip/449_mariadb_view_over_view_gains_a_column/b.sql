-- change: the table gains a column that both stacked views now show; the inner view is replaced first
CREATE TABLE products (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, price DECIMAL(10,2) NOT NULL,
    brand VARCHAR(40) NULL);

CREATE VIEW priced AS SELECT id, name, brand, price FROM products WHERE price > 0;

CREATE VIEW cheap AS SELECT id, name, brand FROM priced WHERE price < 10;
