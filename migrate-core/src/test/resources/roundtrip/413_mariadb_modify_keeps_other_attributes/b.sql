-- change: amount widens; its default, NOT NULL and comment stay
CREATE TABLE prices (id INT NOT NULL PRIMARY KEY,
    amount DECIMAL(12,2) NOT NULL DEFAULT 0.00 COMMENT 'in euros');
