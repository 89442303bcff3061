-- dialects: postgresql
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY
);
