CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL,
    stock INT NOT NULL,
    price NUMERIC(10, 2),
    featured BOOLEAN
);
