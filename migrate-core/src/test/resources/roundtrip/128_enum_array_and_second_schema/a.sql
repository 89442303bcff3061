-- dialects: postgresql
CREATE SCHEMA catalog;

CREATE TABLE catalog.products (
    id INT NOT NULL PRIMARY KEY
);
