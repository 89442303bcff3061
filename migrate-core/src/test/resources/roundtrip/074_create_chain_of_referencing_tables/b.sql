-- change: three tables whose alphabetical order is the wrong creation order
CREATE TABLE c_customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE TABLE b_orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES c_customers (id)
);

CREATE TABLE a_order_lines (
    order_id INT NOT NULL REFERENCES b_orders (id) ON DELETE CASCADE,
    line_no INT NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
