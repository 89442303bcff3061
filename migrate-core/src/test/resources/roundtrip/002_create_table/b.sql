-- change: a second table appears
CREATE TABLE authors (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE publishers (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    country CHAR(2)
);
