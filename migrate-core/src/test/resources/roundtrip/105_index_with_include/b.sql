-- change: a covering index that carries two non-key columns
CREATE TABLE order_lines (
    id INT NOT NULL PRIMARY KEY,
    order_id INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    quantity INT NOT NULL
);

CREATE INDEX order_lines_order_idx ON order_lines (order_id) INCLUDE (sku, quantity);
