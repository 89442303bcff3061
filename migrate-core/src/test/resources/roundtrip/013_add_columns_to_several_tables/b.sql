-- change: a column added to products, one dropped from suppliers, one added to suppliers
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    weight_grams INT
);

CREATE TABLE suppliers (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200)
);
