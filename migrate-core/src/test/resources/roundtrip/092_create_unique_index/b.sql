-- change: a unique index (not a unique constraint)
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE UNIQUE INDEX customers_email_idx ON customers (email);
