-- dialects: postgresql
CREATE TABLE payments (
    id INT NOT NULL PRIMARY KEY,
    method VARCHAR(20) NOT NULL
);
