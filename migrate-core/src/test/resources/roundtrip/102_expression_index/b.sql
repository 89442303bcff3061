-- change: a unique index on lower(email) and an index mixing a column and an expression
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL
);

CREATE UNIQUE INDEX customers_email_lower_idx ON customers (lower(email));
CREATE INDEX customers_name_idx ON customers (last_name, (lower(first_name)) DESC);
