CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200),
    name VARCHAR(100)
);
