-- dialects: postgresql, h2
CREATE TABLE customers (
    id BIGINT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id BIGINT NOT NULL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    total NUMERIC(12, 2) NOT NULL CHECK (total >= 0)
);

CREATE INDEX orders_customer_idx ON orders (customer_id);

CREATE VIEW customer_totals AS
SELECT c.id, c.email, SUM(o.total) AS spent
FROM customers c JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;

COMMENT ON TABLE customers IS 'People who buy';
