CREATE TABLE tags (
    id INT NOT NULL,
    label VARCHAR(50) NOT NULL
);
