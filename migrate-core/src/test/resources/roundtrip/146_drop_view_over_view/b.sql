-- change: both stacked views go away (outer first)
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

