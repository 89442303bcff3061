CREATE TABLE addresses (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    label VARCHAR(30) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    CONSTRAINT addresses_label_uq UNIQUE (customer_id, label)
);
