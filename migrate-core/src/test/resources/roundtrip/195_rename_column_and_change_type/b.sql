-- change: cost is renamed to price (hinted) and widened in the same step
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    price NUMERIC(12, 2) NOT NULL -- migrate:renamed-from cost
);
