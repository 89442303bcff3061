-- change: clients is renamed to customers (hinted)
CREATE TABLE customers ( -- migrate:renamed-from clients
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);
