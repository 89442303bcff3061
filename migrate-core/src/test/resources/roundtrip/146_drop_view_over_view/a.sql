CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    country CHAR(2) NOT NULL
);

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES customers (id),
    total NUMERIC(12, 2) NOT NULL,
    status VARCHAR(20) NOT NULL
);

CREATE VIEW paid_orders AS
SELECT id, customer_id, total FROM orders WHERE status = 'paid';

CREATE VIEW big_paid_orders AS
SELECT id, customer_id, total FROM paid_orders WHERE total > 1000;
