-- dialects: mariadb
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, qty INT NOT NULL, price DECIMAL(8,2));
