CREATE TABLE clients (
    id INT NOT NULL PRIMARY KEY,
    mail VARCHAR(200) NOT NULL
);

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    client_id INT NOT NULL,
    CONSTRAINT orders_client_fk FOREIGN KEY (client_id) REFERENCES clients (id)
);
