-- dialects: mariadb
CREATE TABLE products (id INT NOT NULL PRIMARY KEY,
    price DECIMAL(8,2) NOT NULL DEFAULT 1.00 CHECK (price > 0),
    stock INT NOT NULL CHECK (stock >= 0));
