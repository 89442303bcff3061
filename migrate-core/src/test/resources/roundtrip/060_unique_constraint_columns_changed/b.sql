-- change: the same-named unique constraint covers a third column
CREATE TABLE addresses (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    label VARCHAR(30) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    CONSTRAINT addresses_label_uq UNIQUE (customer_id, kind, label)
);
