-- dialects: mariadb
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, total DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL);
