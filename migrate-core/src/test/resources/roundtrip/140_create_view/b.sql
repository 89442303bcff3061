-- change: a reporting view with a join and a GROUP BY
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

CREATE VIEW customer_revenue AS
SELECT c.id AS customer_id, c.email, COUNT(o.id) AS order_count, SUM(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;
