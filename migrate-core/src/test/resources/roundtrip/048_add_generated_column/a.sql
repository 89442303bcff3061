CREATE TABLE order_lines (
    id INT NOT NULL PRIMARY KEY,
    quantity INT NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL
);
