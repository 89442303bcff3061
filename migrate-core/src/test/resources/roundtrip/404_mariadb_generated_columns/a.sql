-- dialects: mariadb
CREATE TABLE order_lines (id INT NOT NULL PRIMARY KEY, qty INT NOT NULL, unit_cents INT NOT NULL);
