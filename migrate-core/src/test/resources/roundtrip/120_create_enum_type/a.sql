-- dialects: postgresql
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY
);
