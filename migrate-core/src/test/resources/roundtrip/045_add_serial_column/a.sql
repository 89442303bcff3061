-- dialects: postgresql
CREATE TABLE tickets (
    code VARCHAR(20) NOT NULL PRIMARY KEY,
    subject VARCHAR(200) NOT NULL
);
