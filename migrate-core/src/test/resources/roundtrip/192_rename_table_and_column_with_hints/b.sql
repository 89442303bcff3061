-- change: clients becomes customers, its mail column email, and orders.client_id customer_id (all hinted)
CREATE TABLE customers ( -- migrate:renamed-from clients
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL -- migrate:renamed-from mail
);

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL, -- migrate:renamed-from client_id
    CONSTRAINT orders_client_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
);
