-- dialects: postgresql, h2
CREATE SCHEMA archive;

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    total NUMERIC(12, 2) NOT NULL
);

CREATE TABLE archive.orders (
    id INT NOT NULL PRIMARY KEY,
    total NUMERIC(12, 2) NOT NULL
);
