-- dialects: postgresql
CREATE TABLE customers (
    id SERIAL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE TABLE orders (
    id BIGSERIAL PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES customers (id)
);
