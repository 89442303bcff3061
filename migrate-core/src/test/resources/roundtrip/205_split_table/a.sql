CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    street VARCHAR(200),
    city VARCHAR(100),
    postal_code VARCHAR(12)
);
