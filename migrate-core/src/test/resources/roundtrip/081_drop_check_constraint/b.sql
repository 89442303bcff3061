-- change: the unnamed column check goes away (free products are allowed)
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL,
    stock INT NOT NULL
);
