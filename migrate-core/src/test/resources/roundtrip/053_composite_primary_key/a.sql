CREATE TABLE order_lines (
    order_id INT NOT NULL,
    line_no INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    PRIMARY KEY (order_id)
);
