-- change: a return line references an order line by its two-column key
CREATE TABLE order_lines (
    order_id INT NOT NULL,
    line_no INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE return_lines (
    id INT NOT NULL PRIMARY KEY,
    order_id INT NOT NULL,
    line_no INT NOT NULL,
    quantity INT NOT NULL,
    CONSTRAINT return_lines_order_line_fk FOREIGN KEY (order_id, line_no)
        REFERENCES order_lines (order_id, line_no) ON DELETE CASCADE
);
