-- change: authors goes away while books stays (its foreign key must go first)
CREATE TABLE books (
    id INT NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    author_id INT
);
