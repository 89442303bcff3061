CREATE TABLE events (
    id INT NOT NULL PRIMARY KEY,
    happened_on DATE NOT NULL,
    weight REAL,
    code CHAR(3),
    flag SMALLINT
);
