-- dialects: postgresql, h2
CREATE TABLE reviews (
    id INT NOT NULL PRIMARY KEY,
    body VARCHAR(2000) NOT NULL
);
