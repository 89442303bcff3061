-- change: an index with a descending key after an ascending one
CREATE TABLE posts (
    id INT NOT NULL PRIMARY KEY,
    author_id INT NOT NULL,
    published_at TIMESTAMP NOT NULL
);

CREATE INDEX posts_recent_idx ON posts (author_id ASC, published_at DESC);
