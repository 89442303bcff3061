CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    fax VARCHAR(30),
    loyalty_points INT NOT NULL DEFAULT 0
);
