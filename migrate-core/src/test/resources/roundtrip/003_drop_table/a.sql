CREATE TABLE authors (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE legacy_imports (
    id INT NOT NULL PRIMARY KEY,
    payload VARCHAR(4000),
    imported_on DATE NOT NULL
);
