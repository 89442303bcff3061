CREATE TABLE posts (
    id INT NOT NULL PRIMARY KEY,
    published_at TIMESTAMP NOT NULL
);

CREATE INDEX posts_published_idx ON posts (published_at);
