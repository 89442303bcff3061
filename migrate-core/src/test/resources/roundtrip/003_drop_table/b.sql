-- change: legacy_imports goes away
CREATE TABLE authors (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
