CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL CHECK (price > 0),
    stock INT NOT NULL
);
