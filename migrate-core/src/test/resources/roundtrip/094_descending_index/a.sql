CREATE TABLE posts (
    id INT NOT NULL PRIMARY KEY,
    author_id INT NOT NULL,
    published_at TIMESTAMP NOT NULL
);
