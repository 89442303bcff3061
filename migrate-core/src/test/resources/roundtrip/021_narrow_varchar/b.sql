-- change: both varchar columns get shorter (data may not fit: the empty tables here always do)
CREATE TABLE countries (
    code VARCHAR(2) NOT NULL PRIMARY KEY,
    name VARCHAR(80) NOT NULL
);
