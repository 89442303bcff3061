-- change: a new table created with table and column comments
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

CREATE TABLE wishlists (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES customers (id),
    title VARCHAR(100) NOT NULL
);

COMMENT ON TABLE wishlists IS 'Products a customer wants to buy later';
COMMENT ON COLUMN wishlists.title IS 'Chosen by the customer; "Birthday", say';
