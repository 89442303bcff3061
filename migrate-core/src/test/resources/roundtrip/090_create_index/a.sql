CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    placed_at TIMESTAMP NOT NULL
);
