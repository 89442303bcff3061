CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(100) NOT NULL,
    display_name VARCHAR(40)
);
