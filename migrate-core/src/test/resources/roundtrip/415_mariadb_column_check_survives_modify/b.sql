-- change: price widens and gains a comment, stock becomes nullable: their column-level checks stay
CREATE TABLE products (id INT NOT NULL PRIMARY KEY,
    price DECIMAL(12,2) NOT NULL DEFAULT 1.00 COMMENT 'in euros' CHECK (price > 0),
    stock INT NULL CHECK (stock >= 0));
