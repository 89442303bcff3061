-- dialects: postgresql, h2
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(100),
    name VARCHAR(50) NOT NULL,
    fax VARCHAR(30),
    status VARCHAR(10) DEFAULT 'new',
    credit_limit NUMERIC(8, 2),
    CONSTRAINT customers_credit_ck CHECK (credit_limit >= 0)
);

CREATE INDEX customers_name_idx ON customers (name);

COMMENT ON TABLE customers IS 'Customers';
