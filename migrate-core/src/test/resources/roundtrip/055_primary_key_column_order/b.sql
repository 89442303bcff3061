-- change: the same key columns in the other order (a different index)
CREATE TABLE stock_levels (
    warehouse_id INT NOT NULL,
    product_id INT NOT NULL,
    quantity INT NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, warehouse_id)
);
