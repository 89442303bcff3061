-- change: two columns get comments
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

COMMENT ON COLUMN customers.email IS 'Login and where receipts go';
COMMENT ON COLUMN customers.name IS 'As the customer wants to be addressed';
