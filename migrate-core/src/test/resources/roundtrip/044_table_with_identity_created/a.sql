-- dialects: postgresql, h2
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY
);
