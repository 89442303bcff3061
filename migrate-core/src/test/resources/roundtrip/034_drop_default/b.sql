-- change: every default goes away
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL,
    stock INT,
    added_on DATE
);
