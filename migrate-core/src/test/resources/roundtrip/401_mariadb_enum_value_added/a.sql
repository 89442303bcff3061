-- dialects: mariadb
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, status ENUM('new', 'paid') NOT NULL DEFAULT 'new');
