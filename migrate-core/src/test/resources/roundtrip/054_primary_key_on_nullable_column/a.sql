CREATE TABLE tags (
    code VARCHAR(20),
    label VARCHAR(50)
);
