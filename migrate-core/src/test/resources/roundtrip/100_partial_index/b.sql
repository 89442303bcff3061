-- change: a partial index over open orders and a partial unique index
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    cancelled_at TIMESTAMP
);

CREATE INDEX orders_open_idx ON orders (customer_id) WHERE status <> 'closed';
CREATE UNIQUE INDEX orders_one_open_cart_idx ON orders (customer_id) WHERE status = 'cart' AND cancelled_at IS NULL;
