CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    username VARCHAR(50) NOT NULL,
    CONSTRAINT customers_username_uq UNIQUE (username)
);
