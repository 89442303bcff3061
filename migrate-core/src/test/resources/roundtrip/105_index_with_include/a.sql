-- dialects: postgresql
CREATE TABLE order_lines (
    id INT NOT NULL PRIMARY KEY,
    order_id INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    quantity INT NOT NULL
);
