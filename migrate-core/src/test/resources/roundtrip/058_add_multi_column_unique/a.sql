CREATE TABLE addresses (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    label VARCHAR(30) NOT NULL,
    street VARCHAR(200) NOT NULL
);
