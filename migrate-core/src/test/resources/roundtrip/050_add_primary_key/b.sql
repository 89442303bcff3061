-- change: the table gets a primary key (unnamed: the database names it)
CREATE TABLE tags (
    id INT NOT NULL PRIMARY KEY,
    label VARCHAR(50) NOT NULL
);
