-- dialects: postgresql, h2
CREATE TABLE sessions (
    id INT NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP
);
