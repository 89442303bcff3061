-- change: one label per customer (named two-column unique constraint)
CREATE TABLE addresses (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    label VARCHAR(30) NOT NULL,
    street VARCHAR(200) NOT NULL,
    CONSTRAINT addresses_customer_label_uq UNIQUE (customer_id, label)
);
