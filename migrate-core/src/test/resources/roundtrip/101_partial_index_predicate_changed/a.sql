-- dialects: postgresql
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    status VARCHAR(20) NOT NULL
);

CREATE INDEX orders_open_idx ON orders (customer_id) WHERE status <> 'closed';
