-- dialects: mariadb
CREATE TABLE prices (id INT NOT NULL PRIMARY KEY,
    amount DECIMAL(8,2) NOT NULL DEFAULT 0.00 COMMENT 'in euros');
